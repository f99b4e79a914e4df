/**
 * Dutch-first formatting of numbers, times and dates (1.234,5 · 10:00 · za 28 november), English too.
 * Dates here are plain calendar dates (already in Amsterdam), formatted without any time zone shift.
 */
import type { Lang } from '../text.js';
import type { PlainDate } from '../time/amsterdam.js';

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `n|${lang}|${min}|${max}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, f);
  }
  return f;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  return f;
}

/** The BCP 47 locale Biebkit formats with for a language. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/**
 * A number in the language's style: `1.234,5` in Dutch, `1,234.5` in English. With `decimals`, exactly
 * that many; otherwise up to `maxDecimals` (default 1) and no trailing zeros.
 */
export function formatNumber(value: number, lang: Lang, options: { decimals?: number; maxDecimals?: number } = {}): string {
  if (!Number.isFinite(value)) return '–';
  const { decimals, maxDecimals = 1 } = options;
  const fmt = decimals !== undefined ? numberFormat(lang, decimals, decimals) : numberFormat(lang, 0, maxDecimals);
  // Avoid "-0".
  const text = fmt.format(value);
  return /^-0([,.]0+)?$/.test(text) ? text.slice(1) : text;
}

/** Minutes since midnight as HH:MM (1440 is 24:00). */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function utc(d: PlainDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
}

/** Weekday name of a plain date: `za` / `zaterdag` (Dutch), `Sat` / `Saturday` (English). */
export function formatWeekday(d: PlainDate, lang: Lang, width: 'short' | 'long' = 'short'): string {
  return dateFormat(lang, { weekday: width }).format(utc(d));
}

/** ISO weekday (0 = Monday) name, without a date. */
export function weekdayName(weekday: number, lang: Lang, width: 'short' | 'long' = 'short'): string {
  // 2024-01-01 was a Monday.
  return formatWeekday({ year: 2024, month: 1, day: 1 + weekday }, lang, width);
}

/** `28 november` / `28 November`, with the year when `withYear`. */
export function formatDayMonth(d: PlainDate, lang: Lang, options: { withYear?: boolean; month?: 'short' | 'long' } = {}): string {
  return dateFormat(lang, {
    day: 'numeric',
    month: options.month ?? 'long',
    ...(options.withYear ? { year: 'numeric' } : {}),
  }).format(utc(d));
}

/** `za 28 november` / `Sat 28 November` (the weekday short, the month long by default). */
export function formatDate(d: PlainDate, lang: Lang, options: { withYear?: boolean; month?: 'short' | 'long'; weekday?: 'short' | 'long' } = {}): string {
  return `${formatWeekday(d, lang, options.weekday ?? 'short')} ${formatDayMonth(d, lang, options)}`;
}

/** Month name (1-12): `sep` / `september`, `Sep` / `September`. */
export function monthName(month: number, lang: Lang, width: 'short' | 'long' = 'long'): string {
  return dateFormat(lang, { month: width }).format(utc({ year: 2024, month, day: 1 })).replace('.', '');
}
