/** Pure URL → page kind for the MedTrainer pre-signup form. */
import type { PageMatch } from '../types';
import { isMedtrainerHost } from './hosts';

/** `https://lms.medtrainer.com/signup/preSign` (any case, optional trailing slash, any query). */
export function detectMedtrainerPage(url: URL): PageMatch | null {
  if (url.protocol !== 'https:' || !isMedtrainerHost(url.hostname)) return null;
  return /^\/signup\/presign\/?$/i.test(url.pathname) ? { kind: 'mt.presignup' } : null;
}
