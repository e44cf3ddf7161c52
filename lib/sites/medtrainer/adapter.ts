/** The MedTrainer pre-signup form adapter. */
import type { SiteAdapter } from '../types';
import { collectMedtrainer } from './collect';
import { fillMedtrainer } from './fill';
import { detectMedtrainerPage } from './urls';

export { MEDTRAINER_MATCHES } from './hosts';

export const medtrainerAdapter: SiteAdapter = {
  id: 'medtrainer',
  detect: (url) => detectMedtrainerPage(url),
  // Server-rendered: the form is the only thing that changes (typing, validation messages).
  observeRoots: (doc) => [doc.querySelector('form') ?? doc.body ?? doc.documentElement],
  collect: (doc, url, match, settings) => collectMedtrainer(doc, url, match, settings),
  fill: (doc, plan, settings) => fillMedtrainer(doc, plan, settings),
};
