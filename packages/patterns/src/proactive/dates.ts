/**
 * Calendar dates for eligibility rules: ISO 8601 parsing and the arithmetic behind the date
 * operations. Dates are whole days (no time, no time zone), counted in UTC so that summer
 * time never makes a day 23 or 25 hours long.
 */
import { dateLocale } from '@polis-ds/components';

/** A calendar date. `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY = 24 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The calendar date of an ISO 8601 date (`2026-03-03`) or date-time (`2026-03-03T09:30:00Z`,
 * whose date as written counts), or `null` for anything else, including dates that do not
 * exist (`2026-02-30`).
 */
export function parseIsoDate(value: unknown): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const match = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`. */
export function toIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date, as a UTC midnight timestamp. */
export function toUtc({ year, month, day }: CalendarDate): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** The calendar date of a moment, on the device's clock. */
export function localDate(moment: Date): CalendarDate {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY);
}

/**
 * Whole calendar months from `from` to `to`: 3 March → 2 June is 2, → 3 June is 3. Negative
 * when `to` is earlier (counted the same way backwards).
 */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  if (toUtc(to) < toUtc(from)) return -monthsBetween(to, from);
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  if (toUtc(addMonths(from, months)) > toUtc(to)) months -= 1;
  return months;
}

/** Whole years from `from` to `to`: an age. */
export function yearsBetween(from: CalendarDate, to: CalendarDate): number {
  const months = monthsBetween(from, to);
  return months < 0 ? -Math.floor(-months / 12) : Math.floor(months / 12);
}

/** The date some months later (or earlier), kept inside the month: 31 January + 1 month is 28 or 29 February. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The date some days later (or earlier). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moment = new Date(toUtc(date) + days * DAY);
  return { year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() };
}

export { dateLocale };

/** A date in words for the language: "3 March 2026", "3 mars 2026". */
export function formatDate(date: CalendarDate, lang: string): string {
  return new Intl.DateTimeFormat(dateLocale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(toUtc(date)));
}
