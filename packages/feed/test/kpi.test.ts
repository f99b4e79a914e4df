import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kpi } from '../src/generated/feed-types.js';
import {
  comparePeriods,
  formatKpiChange,
  formatKpiValue,
  formatPeriod,
  formatShortDate,
  kpiSeries,
  parsePeriod,
  previousPeriod,
  readKpi,
  summarizeKpiSeries,
  yearEarlierPeriod,
} from '../src/kpi/index.js';

const today = { year: 2026, month: 11, day: 21 };

function kpi(partial: Partial<Kpi> & Pick<Kpi, 'series'>): Kpi {
  return { id: 'k', label: 'K', unit: 'count', direction: 'higher', theme: 'robust-library', level: 'output', ...partial };
}

test('periods: parsing, the period before and the same period a year earlier', () => {
  const q = parsePeriod('2026-Q3')!;
  assert.equal(q.kind, 'quarter');
  assert.deepEqual([q.start, q.end], [{ year: 2026, month: 7, day: 1 }, { year: 2026, month: 9, day: 30 }]);
  assert.equal(previousPeriod(parsePeriod('2026-Q1')!), '2025-Q4');
  assert.equal(yearEarlierPeriod(q), '2025-Q3');
  assert.equal(previousPeriod(parsePeriod('2026-01')!), '2025-12');
  assert.equal(yearEarlierPeriod(parsePeriod('2026-09')!), '2025-09');
  assert.equal(previousPeriod(parsePeriod('2025')!), '2024');
  assert.equal(previousPeriod(parsePeriod('2026-03-01')!), '2026-02-28');
  assert.equal(yearEarlierPeriod(parsePeriod('2024-02-29')!), '2023-02-28');
  assert.deepEqual(parsePeriod('2024-02')!.end, { year: 2024, month: 2, day: 29 });
  assert.equal(parsePeriod('2025-02-30'), undefined);
  assert.equal(parsePeriod('2025-13'), undefined);
  assert.equal(parsePeriod('Q3 2025'), undefined);
  // A month sorts before the year that ends on the same day.
  assert.ok(comparePeriods(parsePeriod('2025-12')!, parsePeriod('2025')!) < 0);
  assert.ok(comparePeriods(parsePeriod('2025-Q2')!, parsePeriod('2025-07')!) < 0);
});

test('periods as people write them, Dutch and English', () => {
  assert.equal(formatPeriod('2025', 'nl'), '2025');
  assert.equal(formatPeriod('2026-Q3', 'nl'), 'Q3 2026');
  assert.equal(formatPeriod('2026-09', 'nl'), 'sep 2026');
  assert.equal(formatPeriod('2026-09', 'en'), 'Sep 2026');
  assert.equal(formatPeriod('2026-03', 'nl'), 'mrt 2026');
  assert.equal(formatPeriod('2026-09-14', 'nl'), '14 sep 2026');
  assert.equal(formatPeriod('2026-09-14', 'en'), '14 Sep 2026');
  assert.equal(formatPeriod('garbage', 'nl'), 'garbage');
  assert.equal(formatShortDate({ year: 2025, month: 12, day: 31 }, 'nl'), '31 dec 2025');
});

test('values with their unit, Dutch and English', () => {
  assert.equal(formatKpiValue(1234, 'count', 'nl'), '1.234');
  assert.equal(formatKpiValue(108250, 'count', 'en'), '108,250');
  assert.equal(formatKpiValue(57, 'percent', 'nl'), '57%');
  assert.equal(formatKpiValue(57.46, 'percent', 'nl', { decimals: 1 }), '57,5%');
  assert.equal(formatKpiValue(1_234_567, 'euro', 'nl'), '€ 1,2 mln');
  assert.equal(formatKpiValue(1_234_567, 'euro', 'en'), '€1.2m');
  assert.equal(formatKpiValue(999_990, 'euro', 'nl'), '€ 1 mln');
  assert.equal(formatKpiValue(350_000, 'euro', 'nl'), '€ 350.000');
  assert.equal(formatKpiValue(2_400_000_000, 'euro', 'nl'), '€ 2,4 mld');
  assert.equal(formatKpiValue(-1_250_000, 'euro', 'nl'), '€ -1,3 mln');
  assert.equal(formatKpiValue(-1_250_000, 'euro', 'en'), '-€1.3m');
  assert.equal(formatKpiValue(12.5, 'euro', 'nl', { decimals: 2 }), '€ 12,50');
  // Heemstede, Plein 1: 38,5 staffed hours a week.
  assert.equal(formatKpiValue(38.5, 'hours', 'nl'), '38,5 uur');
  assert.equal(formatKpiValue(38.5, 'hours', 'en'), '38.5 hours');
  assert.equal(formatKpiValue(1, 'hours', 'en'), '1 hour');
  assert.equal(formatKpiValue(38, 'hours', 'nl'), '38 uur');
  assert.equal(formatKpiValue(45, 'minutes', 'nl'), '45 min');
  assert.equal(formatKpiValue(7.84, 'score', 'nl'), '7,8');
  assert.equal(formatKpiValue(1.345, 'ratio', 'nl'), '1,35');
  assert.equal(formatKpiValue(1.3, 'ratio', 'nl'), '1,3');
  assert.equal(formatKpiValue(Number.NaN, 'count', 'nl'), '–');
});

test('a series in period order, malformed entries dropped, a repeated period corrected by the later entry', () => {
  const points = kpiSeries(
    kpi({
      series: [
        { period: '2025', value: 108250 },
        { period: '2023', value: 99100 },
        { period: '2024-13', value: 1 },
        { period: '2024', value: 100000 },
        { period: '2024', value: 101000 },
      ],
    }),
  );
  assert.deepEqual(
    points.map((p) => [p.period.text, p.value]),
    [
      ['2023', 99100],
      ['2024', 101000],
      ['2025', 108250],
    ],
  );
});

// The visits of Plein 1 in the test fixture: 101.000 in 2024, 108.250 in 2025.
const visits = kpi({
  id: 'bezoek-heemstede',
  series: [
    { period: '2024', value: 101000 },
    { period: '2025', value: 108250 },
  ],
});

test('latest value and the change against the previous year: +7,2% (+7.250)', () => {
  const r = readKpi(visits, { today });
  assert.equal(r.point?.value, 108250);
  assert.equal(r.point?.period.text, '2025');
  assert.equal(r.previous?.change, 7250);
  assert.ok(Math.abs(r.previous!.relative! - 7250 / 101000) < 1e-12);
  assert.equal(r.previous?.trend, 'up');
  assert.equal(r.previous?.good, true);
  assert.equal(r.yearAgo, undefined, 'a yearly series has no separate year-on-year change');
  assert.deepEqual(formatKpiChange(r.previous!, 'count', 'nl'), {
    arrow: '↑',
    amount: '+7,2%',
    absolute: '+7.250',
    versus: 't.o.v. 2024',
    verdict: 'beter',
  });
  assert.equal(formatKpiChange(r.previous!, 'count', 'en').versus, 'vs 2024');
});

test('a single measurement has no change to show', () => {
  const r = readKpi(kpi({ series: [{ period: '2025', value: 250000 }] }), { today });
  assert.equal(r.point?.value, 250000);
  assert.equal(r.previous, undefined);
  assert.equal(r.yearAgo, undefined);
  assert.equal(r.series.length, 1);
  assert.equal(summarizeKpiSeries(r.series, 'count', 'nl'), 'Eén meting: 250.000 (2025).');
});

test('an empty series: no point, no change', () => {
  const r = readKpi(kpi({ series: [] }), { today });
  assert.equal(r.point, undefined);
  assert.equal(r.previous, undefined);
  assert.deepEqual(r.series, []);
});

test('missing periods: the change skips the gap and names the period it compares with', () => {
  const r = readKpi(
    kpi({
      series: [
        { period: '2022', value: 820 },
        { period: '2023', value: 900 },
        { period: '2025', value: 990 },
      ],
    }),
    { today },
  );
  assert.equal(r.previous?.from.period.text, '2023');
  assert.equal(r.previous?.consecutive, false);
  assert.equal(r.previous?.change, 90);
  assert.equal(formatKpiChange(r.previous!, 'count', 'nl').versus, 't.o.v. 2023');
  assert.equal(formatKpiChange(r.previous!, 'count', 'nl').amount, '+10%');
});

test('quarters: against the quarter before and the same quarter a year earlier', () => {
  const loans = kpi({
    series: [
      { period: '2025-Q2', value: 40210 },
      { period: '2025-Q3', value: 36480 },
      { period: '2025-Q4', value: 41000 },
      { period: '2026-Q1', value: 43900 },
      { period: '2026-Q2', value: 42150 },
      { period: '2026-Q3', value: 38300 },
      { period: '2025', value: 160000 },
    ],
  });
  const r = readKpi(loans, { today });
  assert.equal(r.point?.period.text, '2026-Q3');
  assert.deepEqual(
    r.series.map((p) => p.period.text),
    ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'],
    'only quarters in the series',
  );
  assert.equal(r.previous?.from.period.text, '2026-Q2');
  assert.equal(r.previous?.change, -3850);
  assert.equal(r.previous?.trend, 'down');
  assert.equal(r.previous?.good, false);
  assert.equal(r.yearAgo?.from.period.text, '2025-Q3');
  assert.equal(r.yearAgo?.change, 1820);
  const yearText = formatKpiChange(r.yearAgo!, 'count', 'nl');
  assert.equal(yearText.amount, '+5%'); // 1820 / 36480 = 4,99%
  assert.equal(yearText.versus, 't.o.v. Q3 2025');
  const prevText = formatKpiChange(r.previous!, 'count', 'nl');
  assert.deepEqual([prevText.arrow, prevText.amount, prevText.absolute, prevText.verdict], ['↓', '-9,1%', '-3.850', 'slechter']);
});

test('a requested period: shown with its own changes, or named as missing', () => {
  const loans = kpi({
    series: [
      { period: '2025-08', value: 3100 },
      { period: '2025-09', value: 3300 },
      { period: '2026-08', value: 3000 },
      { period: '2026-09', value: 3450 },
    ],
  });
  const sep = readKpi(loans, { today, period: '2025-09' });
  assert.equal(sep.point?.value, 3300);
  assert.equal(sep.previous?.from.period.text, '2025-08');
  assert.equal(sep.yearAgo, undefined, 'no september 2024 in the series');
  assert.deepEqual(
    sep.series.map((p) => p.period.text),
    ['2025-08', '2025-09'],
  );
  const latest = readKpi(loans, { today });
  assert.equal(latest.yearAgo?.from.period.text, '2025-09');
  assert.equal(latest.previous?.from.period.text, '2026-08');
  const missing = readKpi(loans, { today, period: '2026-07' });
  assert.equal(missing.point, undefined);
  assert.equal(missing.missingPeriod, '2026-07');
  assert.equal(readKpi(loans, { today, period: 'juli' }).missingPeriod, 'juli');
});

test('percent KPIs change in percentage points, not percent', () => {
  // Reading pleasure among 12-year-olds in Drenthe (Biblionet Drenthe, 2026-2029): 57%.
  const pleasure = kpi({
    unit: 'percent',
    series: [
      { period: '2024', value: 57 },
      { period: '2025', value: 60 },
      { period: '2026', value: 61 },
    ],
  });
  const r = readKpi(pleasure, { today, period: '2025' });
  assert.equal(r.previous?.points, true);
  assert.equal(r.previous?.relative, undefined);
  assert.deepEqual(formatKpiChange(r.previous!, 'percent', 'nl'), {
    arrow: '↑',
    amount: '+3 procentpunten',
    versus: 't.o.v. 2024',
    verdict: 'beter',
  });
  assert.equal(formatKpiChange(readKpi(pleasure, { today }).previous!, 'percent', 'nl').amount, '+1 procentpunt');
  assert.equal(formatKpiChange(r.previous!, 'percent', 'en').amount, '+3 percentage points');
});

test('lower is better: a fall is good news', () => {
  // Low digital skills in Drenthe: 20% of the inhabitants (Biblionet Drenthe).
  const digital = kpi({
    unit: 'percent',
    direction: 'lower',
    decimals: 1,
    series: [
      { period: '2025', value: 20 },
      { period: '2026', value: 18.6 },
    ],
  });
  const change = readKpi(digital, { today }).previous!;
  assert.equal(change.trend, 'down');
  assert.equal(change.good, true);
  const text = formatKpiChange(change, 'percent', 'nl', { decimals: 1 });
  assert.deepEqual([text.arrow, text.amount, text.verdict], ['↓', '-1,4 procentpunten', 'beter']);
});

test('a zero start has no relative change: the change is shown in the unit', () => {
  const r = readKpi(
    kpi({
      series: [
        { period: '2024', value: 0 },
        { period: '2025', value: 12 },
      ],
    }),
    { today },
  );
  assert.equal(r.previous?.relative, undefined);
  const text = formatKpiChange(r.previous!, 'count', 'nl');
  assert.equal(text.amount, '+12');
  assert.equal(text.absolute, undefined);
});

test('an unchanged value is flat, neither better nor worse; a change too small to show is flat too', () => {
  const hours = kpi({
    unit: 'hours',
    series: [
      { period: '2025', value: 38.5 },
      { period: '2026', value: 38.5 },
    ],
  });
  const flat = readKpi(hours, { today }).previous!;
  assert.equal(flat.trend, 'flat');
  assert.equal(flat.good, undefined);
  const text = formatKpiChange(flat, 'hours', 'nl');
  assert.deepEqual([text.arrow, text.amount, text.absolute, text.verdict], ['→', '0%', '0 uur', 'gelijk']);
  const tiny = readKpi(
    kpi({
      unit: 'percent',
      series: [
        { period: '2025', value: 57.2 },
        { period: '2026', value: 57.4 },
      ],
    }),
    { today },
  ).previous!;
  assert.equal(tiny.trend, 'flat', '57% → 57% at 0 decimals');
  const small = readKpi(
    kpi({
      series: [
        { period: '2025', value: 100000 },
        { period: '2026', value: 100400 },
      ],
    }),
    { today },
  ).previous!;
  assert.equal(small.trend, 'up');
  assert.equal(formatKpiChange(small, 'count', 'nl').amount, '+0,4%');
});

test('euro and hours changes keep their unit', () => {
  const budget = readKpi(
    kpi({
      unit: 'euro',
      series: [
        { period: '2025', value: 1_180_000 },
        { period: '2026', value: 1_240_000 },
      ],
    }),
    { today },
  ).previous!;
  const t = formatKpiChange(budget, 'euro', 'nl');
  assert.deepEqual([t.amount, t.absolute], ['+5,1%', '+€ 60.000']);
});

test('a spoken summary of the series', () => {
  const r = readKpi(
    kpi({
      series: [
        { period: '2022', value: 95000 },
        { period: '2023', value: 99100 },
        { period: '2024', value: 101000 },
        { period: '2025', value: 108250 },
      ],
    }),
    { today },
  );
  assert.equal(
    summarizeKpiSeries(r.series, 'count', 'nl'),
    'Van 2022 tot 2025: van 95.000 naar 108.250. Hoogste 108.250 (2025), laagste 95.000 (2022).',
  );
  assert.equal(
    summarizeKpiSeries(r.series, 'count', 'en'),
    'From 2022 to 2025: from 95,000 to 108,250. Highest 108,250 (2025), lowest 95,000 (2022).',
  );
  assert.equal(summarizeKpiSeries([], 'count', 'nl'), '');
});

test('a distance between values: percentage points for percent KPIs', async () => {
  const { formatKpiDifference } = await import('../src/kpi/index.js');
  assert.equal(formatKpiDifference(-3.01, 'percent', 'nl'), '3 procentpunten');
  assert.equal(formatKpiDifference(1, 'percent', 'nl'), '1 procentpunt');
  assert.equal(formatKpiDifference(0.25, 'percent', 'en', { decimals: 1 }), '0.3 percentage points');
  assert.equal(formatKpiDifference(-2400, 'count', 'nl'), '2.400');
  assert.equal(formatKpiDifference(3.5, 'hours', 'nl'), '3,5 uur');
});
