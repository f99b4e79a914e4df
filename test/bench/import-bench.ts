/**
 * The import section of `npm run bench` (BENCH_ONLY=import): the national workbook (1,300 branches, 20,000
 * activities, made from nationalFeed() by Biebkit's own export) imported to a validated feed, against SheetJS
 * reading the same workbook; the export back, against SheetJS writing the same cells; and the feed studio's time
 * from choosing that file to the previews shown, against the same previews read from the feed's JSON file.
 */
import { writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import type { Browser } from 'puppeteer-core';
import { nationalFeed } from '../fixtures/national-feed.js';
import { exportWorkbook, importFiles } from '../../packages/import/src/index.js';
import type { Feed } from '../../packages/feed/src/index.js';

export interface ImportBenchRow {
  what: string;
  ms: number;
  floor: number;
  floorName: string;
}

interface Options {
  runs: number;
  median: (xs: number[]) => number;
  out: string;
  origin: string;
  browser: Browser;
  runPage: (path: string) => Promise<{ ms: number }>;
}

export async function benchImport({ runs, median, out, origin, browser, runPage }: Options): Promise<ImportBenchRow[]> {
  const feed = nationalFeed() as unknown as Feed;
  const bytes = exportWorkbook(feed);
  const book = `${out}national.xlsx`;
  writeFileSync(book, bytes);
  writeFileSync(`${out}national.json`, JSON.stringify(feed));
  const mb = (bytes.length / 1024 / 1024).toFixed(1);
  // The heavy measurements run at most three times each.
  const n = Math.min(runs, 3);

  const imports: number[] = [];
  const reads: number[] = [];
  const exports: number[] = [];
  const writes: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    const result = await importFiles([{ name: 'national.xlsx', bytes }]);
    imports.push(performance.now() - t);
    if (result.errors || (result.feed?.activities?.length ?? 0) !== 20_000) throw new Error(`bench: the national workbook did not import cleanly (${result.errors} errors)`);
    t = performance.now();
    const wb = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: true, cellNF: true, sheetStubs: true });
    reads.push(performance.now() - t);
    t = performance.now();
    exportWorkbook(result.feed!);
    exports.push(performance.now() - t);
    t = performance.now();
    XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true });
    writes.push(performance.now() - t);
  }

  const studio: number[] = [];
  for (let i = 0; i < n; i++) {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${origin}/studio/`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('biebkit-studio'));
      const input = await page.evaluateHandle(() => document.querySelector('biebkit-studio')!.shadowRoot!.querySelector('#files')!);
      const shown = page.evaluate(
        () => new Promise<{ preview: number }>((resolve) => document.querySelector('biebkit-studio')!.addEventListener('studio-preview', (e) => resolve((e as CustomEvent).detail), { once: true })),
      );
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(book);
      studio.push((await shown).preview);
    } finally {
      await context.close();
    }
  }
  const floor: number[] = [];
  for (let i = 0; i < n; i++) floor.push((await runPage('/test/bench/preview.html')).ms);

  return [
    { what: `import: workbook of 1,300 branches and 20,000 activities (${mb} MB) → validated feed`, ms: median(imports), floor: median(reads), floorName: 'SheetJS reading the same workbook' },
    { what: 'export: that feed → workbook (the template with its data)', ms: median(exports), floor: median(writes), floorName: 'SheetJS writing the same cells' },
    { what: 'feed studio: that workbook chosen → previews of every element shown', ms: median(studio), floor: median(floor), floorName: 'the same previews from the feed JSON' },
  ];
}
