import { calendarDay } from './calendar';
import { dayjs, type Dayjs } from './dayjs';
import { memo } from './memo';
import type { Instant, IsoDate } from './types';

/** The SOPs say "CST"; the zone keeps daylight time right (CDT from March to November). */
export const SOP_ZONE = 'America/Chicago';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * Milliseconds since the epoch. An instant without an offset is refused: it would be read in the
 * machine's zone, which is exactly the ambiguity instants exist to avoid.
 */
export function instantMs(instant: Instant): number {
  if (!isInstant(instant)) throw new RangeError(`Not an ISO instant with an offset: "${instant}"`);
  return Date.parse(instant);
}

export function toInstant(ms: number): Instant {
  return new Date(ms).toISOString();
}

export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Building a DateTimeFormat is slow compared with using one.
const wallFormats = new Map<string, Intl.DateTimeFormat>();
const nameFormats = new Map<string, Intl.DateTimeFormat>();

function cached(
  cache: Map<string, Intl.DateTimeFormat>,
  zone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = cache.get(zone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { ...options, timeZone: zone });
    } catch {
      throw new RangeError(`Unknown time zone: "${zone}"`);
    }
    cache.set(zone, format);
  }
  return format;
}

// Each answer costs an Intl formatToParts; the audit asks the same instants for every account.
const wallClocks = memo<Dayjs>();
const todays = memo<IsoDate>();
const abbreviations = memo<string>();

/**
 * The zone's wall clock at an instant, as a UTC-mode dayjs (its UTC fields are the wall time;
 * dayjs values are immutable, so one may be shared).
 * @internal
 */
export function wallClock(ms: number, zone: string): Dayjs {
  return wallClocks(`${zone}|${ms}`, () => computeWallClock(ms, zone));
}

function computeWallClock(ms: number, zone: string): Dayjs {
  const parts = cached(wallFormats, zone, {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour') % 24,
    field('minute'),
    field('second'),
    ((ms % 1000) + 1000) % 1000,
  );
  return dayjs.utc(wall);
}

/** Minutes the zone is ahead of UTC at an instant (Chicago: -360 in winter, -300 in summer). */
export function zoneOffsetMinutes(ms: number, zone: string): number {
  return Math.round((wallClock(ms, zone).valueOf() - ms) / 60_000);
}

/** "CST"/"CDT" for US zones, or a GMT offset ("GMT+1") where English has no abbreviation. */
export function zoneAbbreviation(instant: Instant, zone: string): string {
  return abbreviations(`${zone}|${instant}`, () => {
    const parts = cached(nameFormats, zone, { timeZoneName: 'short' }).formatToParts(new Date(instantMs(instant)));
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
  });
}

/** The calendar date an instant falls on in a zone. */
export function todayIn(now: Instant, zone: string): IsoDate {
  return todays(`${zone}|${now}`, () => wallClock(instantMs(now), zone).format('YYYY-MM-DD'));
}

/**
 * The instant at which a zone's clock shows `date` `time` (HH:mm or HH:mm:ss, 24-hour).
 * A time repeated when clocks fall back resolves to its first occurrence; a time skipped when
 * they spring forward is read with the offset before the change (02:30 becomes 03:30 daylight),
 * as calendar apps do.
 */
export function zonedTimeToInstant(date: IsoDate, time: string, zone: string): Instant {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  const seconds = Number(match?.[3] ?? 0);
  if (!match || hours > 23 || minutes > 59 || seconds > 59) {
    throw new RangeError(`Not a HH:mm time: "${time}"`);
  }
  const local = calendarDay(date).valueOf() + ((hours * 60 + minutes) * 60 + seconds) * 1000;
  const DAY = 86_400_000;
  // Offsets half a day either side cover any single transition near this wall time.
  const before = zoneOffsetMinutes(local - DAY / 2, zone);
  const after = zoneOffsetMinutes(local + DAY / 2, zone);
  const fits = [before, after]
    .map((offset) => local - offset * 60_000)
    .filter((ms) => wallClock(ms, zone).valueOf() === local)
    .sort((x, y) => x - y);
  return toInstant(fits[0] ?? local - before * 60_000);
}
