/**
 * Measurement periods of a KPI series: a year (`2025`), a quarter (`2025-Q3`), a month (`2025-09`) or a
 * day (`2025-09-14`). Parsing, ordering, the previous period and the same period a year earlier, and the
 * calendar dates a period covers. Plain calendar arithmetic: no time zones involved.
 */
import { daysInMonth, dayNumber, addDays, isRealDate, type PlainDate } from '../time/amsterdam.js';

export type PeriodKind = 'year' | 'quarter' | 'month' | 'day';

/** A parsed period. `ordinal` orders periods of one kind (consecutive periods differ by 1). */
export interface ParsedPeriod {
  text: string;
  kind: PeriodKind;
  year: number;
  /** Quarter 1-4, month 1-12, or for a day its month (with `day` set). Undefined for a year. */
  part?: number;
  day?: number;
  ordinal: number;
  /** First and last calendar day the period covers (inclusive). */
  start: PlainDate;
  end: PlainDate;
}

const PERIOD = /^(\d{4})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a period; undefined when malformed (or a day that does not exist, such as 2025-02-30). */
export function parsePeriod(text: string): ParsedPeriod | undefined {
  const m = PERIOD.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) {
    const q = Number(m[2]);
    const startMonth = q * 3 - 2;
    return {
      text: `${year}-Q${q}`,
      kind: 'quarter',
      year,
      part: q,
      ordinal: year * 4 + q - 1,
      start: { year, month: startMonth, day: 1 },
      end: { year, month: startMonth + 2, day: daysInMonth(year, startMonth + 2) },
    };
  }
  if (m[3]) {
    const month = Number(m[3]);
    if (month < 1 || month > 12) return undefined;
    if (m[4]) {
      const day = Number(m[4]);
      if (!isRealDate(year, month, day)) return undefined;
      const d = { year, month, day };
      return { text: text.trim(), kind: 'day', year, part: month, day, ordinal: dayNumber(d), start: d, end: d };
    }
    return {
      text: `${year}-${String(month).padStart(2, '0')}`,
      kind: 'month',
      year,
      part: month,
      ordinal: year * 12 + month - 1,
      start: { year, month, day: 1 },
      end: { year, month, day: daysInMonth(year, month) },
    };
  }
  return { text: String(year), kind: 'year', year, ordinal: year, start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The period text of a kind at an ordinal (the inverse of `ordinal`). */
function periodAt(kind: PeriodKind, ordinal: number): string {
  switch (kind) {
    case 'year':
      return String(ordinal);
    case 'quarter':
      return `${Math.floor(ordinal / 4)}-Q${(ordinal % 4) + 1}`;
    case 'month':
      return `${Math.floor(ordinal / 12)}-${pad2((ordinal % 12) + 1)}`;
    case 'day': {
      const d = addDays({ year: 1970, month: 1, day: 1 }, ordinal);
      return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
    }
  }
}

/** The period just before this one, of the same kind: 2025 → 2024, 2025-Q1 → 2024-Q4, 2025-01 → 2024-12. */
export function previousPeriod(p: ParsedPeriod): string {
  return periodAt(p.kind, p.ordinal - 1);
}

/** The same period one year earlier: 2026-Q3 → 2025-Q3, 2026-09 → 2025-09; 29 February → 28 February. */
export function yearEarlierPeriod(p: ParsedPeriod): string {
  switch (p.kind) {
    case 'year':
      return String(p.year - 1);
    case 'quarter':
      return `${p.year - 1}-Q${p.part}`;
    case 'month':
      return `${p.year - 1}-${pad2(p.part ?? 1)}`;
    case 'day': {
      const month = p.part ?? 1;
      const day = Math.min(p.day ?? 1, daysInMonth(p.year - 1, month));
      return `${p.year - 1}-${pad2(month)}-${pad2(day)}`;
    }
  }
}

/** Orders two periods by their last day, then the shorter first (2025-12 before 2025). */
export function comparePeriods(a: ParsedPeriod, b: ParsedPeriod): number {
  return dayNumber(a.end) - dayNumber(b.end) || dayNumber(b.start) - dayNumber(a.start);
}
