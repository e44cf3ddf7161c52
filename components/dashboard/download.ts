/**
 * Saves text as a file through a Blob URL and a temporary link (an extension page needs no
 * downloads permission for this). The URL is released once the browser has taken the file.
 */
export const downloadText = (text: string, fileName: string, type: string): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // One-shot: Chrome reads the blob when the download starts, which is after this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
