import { useEffect, useId, useState } from 'react';
import { DEFAULT_REMINDER, REMINDER_HOURS, type Reminder } from '../../lib/my-day/reminder';

/** How the switch reaches Chrome and the background; main.tsx passes the browser's. */
export interface ReminderPort {
  /** The stored setting and whether Chrome granted the notifications permission. */
  load(): Promise<{ reminder: Reminder; permitted: boolean }>;
  /** Calls back whenever the stored setting or the permission changes; returns the unsubscribe. */
  subscribe(changed: () => void): () => void;
  /** Chrome's permission prompt. Must be called straight from the click (a user gesture). */
  requestPermission(): Promise<boolean>;
  /** Asks the background (the single writer) to save it and set the alarm. */
  save(reminder: Reminder): Promise<void>;
}

const hourText = (hour: number): string => `${hour % 12 || 12}:00 ${hour < 12 ? 'AM' : 'PM'}`;

/**
 * The optional morning reminder. Turning it on asks Chrome for the notifications permission
 * (optional, never granted at install). The setting is saved before the prompt's answer, since
 * Chrome may close the popup while its prompt is open: the background sets the alarm once the
 * permission arrives, and this switch says so when it never did.
 */
export function ReminderToggle({ port }: { port: ReminderPort }) {
  const [state, setState] = useState<{ reminder: Reminder; permitted: boolean } | null>(null);
  const [status, setStatus] = useState('');
  const headingId = useId();
  const hourId = useId();

  useEffect(() => {
    const read = () => void port.load().then(setState);
    read();
    return port.subscribe(read);
  }, [port]);

  const reminder = state?.reminder ?? DEFAULT_REMINDER;
  const toggle = (enabled: boolean) => {
    if (!enabled) {
      void port.save({ ...reminder, enabled: false });
      setStatus('The morning reminder is off.');
      return;
    }
    const granted = port.requestPermission();
    void port.save({ ...reminder, enabled: true });
    void granted.then((ok) => {
      if (ok) return setStatus(`You will be reminded at ${hourText(reminder.hour)} each morning.`);
      void port.save({ ...reminder, enabled: false });
      setStatus('Chrome did not allow notifications, so the reminder stays off.');
    });
  };

  return (
    <section className="myday-reminder" aria-labelledby={headingId} data-testid="my-day-reminder">
      <h2 id={headingId} className="csm-vh">
        Morning reminder
      </h2>
      <label>
        <input type="checkbox" checked={reminder.enabled} disabled={!state} onChange={(e) => toggle(e.currentTarget.checked)} data-action="toggle-reminder" />
        Remind me each morning at
      </label>{' '}
      <label htmlFor={hourId} className="csm-vh">
        Reminder time
      </label>
      <select id={hourId} value={reminder.hour} disabled={!state} onChange={(e) => void port.save({ ...reminder, hour: Number(e.currentTarget.value) })}>
        {REMINDER_HOURS.map((hour) => (
          <option key={hour} value={hour}>
            {hourText(hour)}
          </option>
        ))}
      </select>
      <p className="myday-reminder__hint" role="status">
        {status ||
          (reminder.enabled && state && !state.permitted
            ? 'Notifications are not allowed yet: turn the reminder off and on again to allow them.'
            : 'A notification with what is due and overdue; uses Chrome’s notifications, asked for when you turn it on.')}
      </p>
    </section>
  );
}
