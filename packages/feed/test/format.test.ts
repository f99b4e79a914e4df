import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatClock, formatDate, formatNumber, monthName, weekdayName } from '../src/format/index.js';

test('numbers in Dutch and English style', () => {
  assert.equal(formatNumber(1234.5, 'nl'), '1.234,5');
  assert.equal(formatNumber(1234.5, 'en'), '1,234.5');
  assert.equal(formatNumber(38.5, 'nl', { decimals: 1 }), '38,5');
  assert.equal(formatNumber(38, 'nl', { decimals: 1 }), '38,0');
  assert.equal(formatNumber(-0.01, 'nl'), '0');
  assert.equal(formatNumber(Number.NaN, 'nl'), '–');
});

test('clock times and Dutch dates', () => {
  assert.equal(formatClock(600), '10:00');
  assert.equal(formatClock(1440), '24:00');
  assert.equal(formatDate({ year: 2026, month: 11, day: 28 }, 'nl'), 'za 28 november');
  assert.equal(formatDate({ year: 2026, month: 11, day: 28 }, 'en'), 'Sat 28 November');
  assert.equal(weekdayName(0, 'nl'), 'ma');
  assert.equal(weekdayName(6, 'nl', 'long'), 'zondag');
  assert.equal(monthName(9, 'nl', 'short'), 'sep');
});
