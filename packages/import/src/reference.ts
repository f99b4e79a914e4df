/**
 * The workbook's reference for docs/feed.md, written from the table: every sheet, every column, the feed field
 * it holds, whether it is required and the words a fixed list allows. `npm run docs` writes it into the guide
 * between its markers; docs.test.ts fails when the guide is behind the table.
 */
import { ALL_WORDS, BOOLEAN_LABELS, columnsOf, labelsOf, SHEETS, sheetSpec } from './table.js';

export const REFERENCE_START = '<!-- workbook-reference: generated from packages/import/src/table.ts by `npm run docs` -->';
export const REFERENCE_END = '<!-- /workbook-reference -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown: one table per sheet. */
export function workbookReference(): string {
  const parts: string[] = [];
  for (const sheet of SHEETS) {
    const columns = columnsOf(sheet).filter((c) => c.lang !== 'en');
    parts.push(`#### ${sheet.name}`, '', cell(sheet.titleEn.replace(/^[^:]+:\s*/, '')), '');
    parts.push('| column | feed field | required | what to write |', '| --- | --- | --- | --- |');
    for (const c of columns) {
      const field = c.role === 'parent' ? `(the ${sheetSpec(c.parent!).item.en} it belongs to)` : c.field ? `\`${c.field}\`` : `(\`${c.role === 'startDate' || c.role === 'startTime' ? 'start' : 'end'}\`)`;
      const english = c.info?.kind === 'text' ? ` A column "${c.header} (Engels)" holds the English text.` : '';
      const labels = labelsOf(c);
      const words = labels ? [...(c.info?.kind === 'enumListOrAll' ? [ALL_WORDS[0]] : []), ...Object.values(labels).map((l) => l[0])] : c.info?.kind === 'boolean' || c.info?.kind === 'const' ? [...BOOLEAN_LABELS] : [];
      const values = words.length ? ` Values: ${words.map((w) => `*${w}*`).join(', ')}.` : '';
      parts.push(`| ${c.header} | ${field} | ${c.mustHave ? 'yes' : ''} | ${cell(c.explainEn)}${values}${english} |`);
    }
    parts.push('');
  }
  return parts.join('\n').trim();
}

/** The guide with its reference block replaced (or the same text when it is current). */
export function withReference(guide: string): string {
  const start = guide.indexOf(REFERENCE_START);
  const end = guide.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error('docs/feed.md has no workbook reference markers');
  return `${guide.slice(0, start + REFERENCE_START.length)}\n\n${workbookReference()}\n\n${guide.slice(end)}`;
}
