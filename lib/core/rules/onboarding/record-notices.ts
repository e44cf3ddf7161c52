import type { Outcome } from '../../engine/types';

// What the Customer Onboarding date rules say while the record loads or a label is not found.

export const waiting: Outcome = { state: 'info', message: 'Waiting for the record to load…' };

export const cantRead = (label: string): Outcome => ({
  state: 'warn',
  message: `Can't read "${label}" on this page: check the label in settings.`,
});
