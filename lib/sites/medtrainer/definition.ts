import { defineSite } from '../definition';
import { isMedtrainerHost, MEDTRAINER_MATCHES } from './hosts';
import { DEFAULT_LABELS } from './labels';
import { detectMedtrainerPage } from './urls';

/** The MedTrainer LMS pre-signup form (adapter: ./adapter.ts). */
export const medtrainerSite = defineSite({
  id: 'medtrainer',
  name: 'MedTrainer pre-signup form',
  kinds: ['mt.presignup'],
  matches: MEDTRAINER_MATCHES,
  isHost: isMedtrainerHost,
  isCandidate: (url) => detectMedtrainerPage(url) !== null,
  labels: { defaults: DEFAULT_LABELS, groups: { 'mt.presignup': 'MedTrainer pre-signup form' } },
});
