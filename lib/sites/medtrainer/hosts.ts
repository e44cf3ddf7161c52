/**
 * The MedTrainer LMS pre-signup form. Least privilege: https, one host, the signup path only
 * (the form posts back to the same path, so a failed validation still lands under it).
 */
export const MEDTRAINER_HOST = 'lms.medtrainer.com';

export const MEDTRAINER_MATCHES = ['https://lms.medtrainer.com/signup/*'] as const;

export function isMedtrainerHost(host: string): boolean {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '') === MEDTRAINER_HOST;
}
