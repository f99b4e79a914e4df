/**
 * Words and numbers for KPIs and goals, Dutch first: values with their unit (1.234 · 57% · € 1,2 mln ·
 * 38,5 uur), periods (2025 · Q3 2026 · sep 2026), changes (+7,2% · +3 procentpunten), statuses, time
 * left and a spoken summary of a series. Builds on `format/index.ts`; plain text only.
 */
import type { Theme } from '../generated/feed-types.js';
import { formatNumber, monthName } from '../format/index.js';
import type { Lang } from '../text.js';
import { dayNumber, type PlainDate } from '../time/amsterdam.js';
import { parsePeriod } from './period.js';
import type { ProgressStatus } from './progress.js';
import { defaultDecimals, type KpiDelta, type KpiPoint, type KpiUnit } from './series.js';

type Dict = Record<string, string>;
const WORDS: Record<Lang, Dict> = {
  nl: {
    hour: 'uur',
    hours: 'uur',
    minutes: 'min',
    million: 'mln',
    billion: 'mld',
    point: 'procentpunt',
    points: 'procentpunten',
    versus: 't.o.v. {period}',
    better: 'beter',
    worse: 'slechter',
    same: 'gelijk',
    'status.reached': 'doel bereikt',
    'status.on-track': 'op schema',
    'status.behind': 'achter op schema',
    'status.missed': 'doel niet gehaald',
    'status.no-data': 'nog geen meting na de nulmeting',
    ofTarget: '{percent} van doel, {status}',
    today: 'deadline vandaag',
    passed: 'deadline verstreken ({date})',
    left: 'nog {time}',
    and: '{a} en {b}',
    year: '{n} jaar',
    years: '{n} jaar',
    month: '{n} maand',
    months: '{n} maanden',
    day: '{n} dag',
    days: '{n} dagen',
    single: 'Eén meting: {value} ({period}).',
    summary: 'Van {from} tot {to}: van {first} naar {last}. Hoogste {max} ({maxPeriod}), laagste {min} ({minPeriod}).',
    'theme.literate-society': 'Geletterde samenleving',
    'theme.information-society': 'Participatie in de informatiesamenleving',
    'theme.lifelong-development': 'Leven lang ontwikkelen',
    'theme.robust-library': 'Robuuste bibliotheekvoorziening',
    'level.output': 'Output',
    'level.outcome': 'Outcome',
    'level.impact': 'Impact',
  },
  en: {
    hour: 'hour',
    hours: 'hours',
    minutes: 'min',
    million: 'm',
    billion: 'bn',
    point: 'percentage point',
    points: 'percentage points',
    versus: 'vs {period}',
    better: 'better',
    worse: 'worse',
    same: 'unchanged',
    'status.reached': 'target reached',
    'status.on-track': 'on track',
    'status.behind': 'behind schedule',
    'status.missed': 'target missed',
    'status.no-data': 'no measurement since the baseline',
    ofTarget: '{percent} of target, {status}',
    today: 'deadline today',
    passed: 'deadline passed ({date})',
    left: '{time} left',
    and: '{a} and {b}',
    year: '{n} year',
    years: '{n} years',
    month: '{n} month',
    months: '{n} months',
    day: '{n} day',
    days: '{n} days',
    single: 'One measurement: {value} ({period}).',
    summary: 'From {from} to {to}: from {first} to {last}. Highest {max} ({maxPeriod}), lowest {min} ({minPeriod}).',
    'theme.literate-society': 'Literate society',
    'theme.information-society': 'Participation in the information society',
    'theme.lifelong-development': 'Lifelong development',
    'theme.robust-library': 'Robust library network',
    'level.output': 'Output',
    'level.outcome': 'Outcome',
    'level.impact': 'Impact',
  },
};

function word(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const template = WORDS[lang][key] ?? WORDS.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** How to round: exactly `decimals` when the KPI sets them, else up to the unit's default. */
export interface ValueFormatOptions {
  decimals?: number;
}

function num(value: number, lang: Lang, unit: KpiUnit, options: ValueFormatOptions): string {
  return options.decimals !== undefined
    ? formatNumber(value, lang, { decimals: options.decimals })
    : formatNumber(value, lang, { maxDecimals: defaultDecimals(unit) });
}

/**
 * A KPI value with its unit: count `1.234`, percent `57%`, euro `€ 350.000` and from a million
 * `€ 1,2 mln` (`€1.2m` in English), hours `38,5 uur`, minutes `45 min`, score `7,8`, ratio `1,35`.
 */
export function formatKpiValue(value: number, unit: KpiUnit, lang: Lang, options: ValueFormatOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  const euro = lang === 'nl' ? '€ ' : '€';
  switch (unit) {
    case 'percent':
      return `${num(value, lang, unit, options)}%`;
    case 'euro': {
      // English puts the sign before the symbol (-€1.2m); Dutch after it (€ -1,2 mln).
      if (lang === 'en' && value < 0) return `-${formatKpiValue(-value, unit, lang, options)}`;
      const abs = Math.abs(value);
      if (abs >= 1e9 - 5e7) return `${euro}${formatNumber(value / 1e9, lang, { maxDecimals: 1 })}${lang === 'nl' ? ' ' : ''}${word(lang, 'billion')}`;
      if (abs >= 1e6 - 5e4) return `${euro}${formatNumber(value / 1e6, lang, { maxDecimals: 1 })}${lang === 'nl' ? ' ' : ''}${word(lang, 'million')}`;
      return `${euro}${num(value, lang, unit, options)}`;
    }
    case 'hours': {
      const text = num(value, lang, unit, options);
      return `${text} ${word(lang, text === '1' ? 'hour' : 'hours')}`;
    }
    case 'minutes':
      return `${num(value, lang, unit, options)} ${word(lang, 'minutes')}`;
    default:
      return num(value, lang, unit, options);
  }
}

/** A value with a sign: `+7.250`, `-3,5 uur`, `0`. */
export function formatSignedKpiValue(value: number, unit: KpiUnit, lang: Lang, options: ValueFormatOptions = {}): string {
  const text = formatKpiValue(value, unit, lang, options);
  return value > 0 && text !== formatKpiValue(0, unit, lang, options) ? `+${text}` : text;
}

/** A period as people write it: `2025`, `Q3 2026`, `sep 2026` (`Sep 2026`), `14 sep 2026`. */
export function formatPeriod(period: string, lang: Lang): string {
  const p = parsePeriod(period);
  if (!p) return period;
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'quarter':
      return `Q${p.part} ${p.year}`;
    case 'month': {
      // Three letters in both languages (en-GB would give "Sept").
      const name = monthName(p.part ?? 1, lang, 'short').slice(0, 3);
      return `${lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name} ${p.year}`;
    }
    case 'day':
      return formatShortDate(p.start, lang);
  }
}

/** A calendar date, short: `31 dec 2025` / `31 Dec 2025`. */
export function formatShortDate(d: PlainDate, lang: Lang): string {
  return `${d.day} ${formatPeriod(`${d.year}-${String(d.month).padStart(2, '0')}`, lang)}`;
}

/** The parts of a change, for display: the arrow is decoration, the words carry the meaning. */
export interface ChangeText {
  /** ↑, ↓ or → (hide from screen readers: `amount` and `verdict` say it). */
  arrow: string;
  /** `+7,2%`; for a percent KPI `+3 procentpunten`; without a relative change (zero start) the signed value. */
  amount: string;
  /** The change in the KPI's unit (`+7.250`) when `amount` is relative, else undefined. */
  absolute?: string;
  /** `t.o.v. 2024` / `vs 2024`: the period compared with, by name. */
  versus: string;
  /** `beter`, `slechter` or `gelijk` for this KPI's direction. */
  verdict: string;
}

/** The words for a change between two measurements. */
export function formatKpiChange(delta: KpiDelta, unit: KpiUnit, lang: Lang, options: ValueFormatOptions = {}): ChangeText {
  const arrow = delta.trend === 'up' ? '↑' : delta.trend === 'down' ? '↓' : '→';
  const verdict = word(lang, delta.good === undefined ? 'same' : delta.good ? 'better' : 'worse');
  const versus = word(lang, 'versus', { period: formatPeriod(delta.from.period.text, lang) });
  if (delta.points) {
    const n = formatNumber(Math.abs(delta.change), lang, options.decimals !== undefined ? { decimals: options.decimals } : { maxDecimals: 1 });
    const sign = delta.trend === 'flat' ? '' : delta.change > 0 ? '+' : '-';
    return { arrow, amount: `${sign}${n} ${word(lang, n === '1' ? 'point' : 'points')}`, versus, verdict };
  }
  const absolute = delta.trend === 'flat' ? formatKpiValue(0, unit, lang, options) : formatSignedKpiValue(delta.change, unit, lang, options);
  if (delta.relative === undefined) return { arrow, amount: absolute, versus, verdict };
  // One decimal, two below 1% so a small change does not show as 0%.
  const percent = Math.abs(delta.relative) * 100;
  const pct = formatNumber(percent, lang, { maxDecimals: percent < 1 ? 2 : 1 });
  const sign = pct === '0' ? '' : delta.relative > 0 ? '+' : '-';
  return { arrow, amount: `${sign}${pct}%`, absolute, versus, verdict };
}

/**
 * A distance between two values of a KPI, without sign: `2.400`, `3,5 uur`; for a percent KPI in
 * percentage points (`3 procentpunten`), never `3%`, which would read as a relative change.
 */
export function formatKpiDifference(amount: number, unit: KpiUnit, lang: Lang, options: ValueFormatOptions = {}): string {
  const abs = Math.abs(amount);
  if (unit !== 'percent') return formatKpiValue(abs, unit, lang, options);
  const n = num(abs, lang, unit, options);
  return `${n} ${word(lang, n === '1' ? 'point' : 'points')}`;
}

/** `doel bereikt`, `op schema`, `achter op schema`, `doel niet gehaald`, `nog geen meting na de nulmeting`. */
export function progressStatusLabel(status: ProgressStatus, lang: Lang): string {
  return word(lang, `status.${status}`);
}

/** A share as a whole percentage: 0.423 → `42%`. */
export function formatShare(fraction: number, lang: Lang): string {
  return `${formatNumber(Math.round(fraction * 100), lang, { decimals: 0 })}%`;
}

/** What a screen reader says for a progress bar: `42% van doel, achter op schema`. */
export function progressValueText(fraction: number | undefined, status: ProgressStatus, lang: Lang): string {
  const label = progressStatusLabel(status, lang);
  return fraction === undefined ? label : word(lang, 'ofTarget', { percent: formatShare(fraction, lang), status: label });
}

/** Time to a deadline: `nog 2 jaar en 3 maanden`, `nog 5 maanden`, `nog 40 dagen`, `deadline verstreken (31 dec 2025)`. */
export function formatTimeLeft(today: PlainDate, deadline: PlainDate, lang: Lang): string {
  const days = dayNumber(deadline) - dayNumber(today);
  if (days < 0) return word(lang, 'passed', { date: formatShortDate(deadline, lang) });
  if (days === 0) return word(lang, 'today');
  const months = (deadline.year - today.year) * 12 + (deadline.month - today.month) - (deadline.day < today.day ? 1 : 0);
  const count = (key: string, n: number) => word(lang, n === 1 ? key : `${key}s`, { n });
  let time: string;
  if (months < 2) time = count('day', days);
  else {
    const years = Math.floor(months / 12);
    const rest = months % 12;
    time = years === 0 ? count('month', rest) : rest === 0 ? count('year', years) : word(lang, 'and', { a: count('year', years), b: count('month', rest) });
  }
  return word(lang, 'left', { time });
}

/** A short spoken summary of a series (first, last, highest, lowest), for screen readers. */
export function summarizeKpiSeries(points: readonly KpiPoint[], unit: KpiUnit, lang: Lang, options: ValueFormatOptions = {}): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  const v = (p: KpiPoint) => formatKpiValue(p.value, unit, lang, options);
  const period = (p: KpiPoint) => formatPeriod(p.period.text, lang);
  if (points.length === 1) return word(lang, 'single', { value: v(first), period: period(first) });
  let max = first;
  let min = first;
  for (const p of points) {
    if (p.value > max.value) max = p;
    if (p.value < min.value) min = p;
  }
  return word(lang, 'summary', {
    from: period(first),
    to: period(last),
    first: v(first),
    last: v(last),
    max: v(max),
    maxPeriod: period(max),
    min: v(min),
    minPeriod: period(min),
  });
}

/** The name of a convenant task: `Geletterde samenleving`, ... */
export function themeLabel(theme: Theme, lang: Lang): string {
  return word(lang, `theme.${theme}`);
}

/** `Output`, `Outcome`, `Impact`. */
export function levelLabel(level: 'output' | 'outcome' | 'impact', lang: Lang): string {
  return word(lang, `level.${level}`);
}
