import { RotationInputError } from "./errors";

/**
 * Calendar days as integers (days since 1970-01-01). The engine never deals
 * with time zones or instants: the app turns "today in the office" into an
 * ISO date before calling it, and integer days make the hot loops cheap.
 */
export type DayNumber = number;

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const MS_PER_DAY = 86_400_000;

/**
 * Parses "yyyy-MM-dd" without Date objects: the engine parses one date per
 * opt-out, and there can be hundreds of thousands of them.
 */
export function parseDay(iso: string, field = "date"): DayNumber {
  const day = tryParseDay(iso);
  if (Number.isNaN(day)) throw new RotationInputError(`${field} is not a yyyy-MM-dd calendar date: "${iso}"`);
  return day;
}

/** Like parseDay, but NaN for anything that is not a calendar date. */
export function tryParseDay(iso: string): DayNumber {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Number.NaN;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day);
}

function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function formatDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 1970-01-01 was a Thursday (ISO 4). */
export function weekdayOf(day: DayNumber): Weekday {
  return ((((day + 3) % 7) + 7) % 7) + 1 as Weekday;
}

/** The Monday of the ISO week containing `day`. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - weekdayOf(day) + 1;
}

/** Non-negative remainder, also for dates before an anchor. */
export function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
