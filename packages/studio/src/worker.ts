/**
 * The studio's worker: reads the dropped files, imports them (the same importer as `biebkit import`), takes
 * the person's edits to cells, and writes feed.json and the workbook. Nothing leaves the browser.
 */
import { importSources, readSources, type ImportResult, type LoadedSources } from '@biebkit/import/import';
import { exportWorkbook, templateWorkbook } from '@biebkit/import/export';
import { feedJson } from '@biebkit/import/build';
import { writeBook, type SheetData } from '@biebkit/import/workbook';
import { displayText, type Cell } from '@biebkit/import/cells';
import { columnsOf, SHEETS } from '@biebkit/import/table';
import { layoutOf } from '@biebkit/import/sheets';
import { EXAMPLE_PREFIX } from '@biebkit/import/table';
import { sheetKey, type Request, type Response, type SheetView, type StudioState } from './protocol.js';

let loaded: LoadedSources | undefined;
let last: ImportResult | undefined;
let readMs = 0;

const post = (message: Response, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

function sheetsOf(result: ImportResult): SheetView[] {
  const views: SheetView[] = [];
  for (const read of result.tables?.sheets.values() ?? []) views.push(view(read.data, read.spec.name, read.layout.headerRow));
  // Sheets the import did not recognise are in the problems; a sheet recognised but unreadable is shown raw.
  for (const book of result.books) {
    for (const data of book.sheets) {
      if (views.some((v) => v.key === sheetKey(data.file, data.name))) continue;
      const spec = SHEETS.find((s) => layoutOf(data, s) && (s.name.toLowerCase() === data.name.toLowerCase().replace(/\.csv$/, '') || s.aliases.some((a) => a.toLowerCase() === data.name.toLowerCase())));
      if (spec) views.push(view(data, spec.name, layoutOf(data, spec)!.layout.headerRow));
    }
  }
  const order = (v: SheetView) => SHEETS.findIndex((s) => s.name === v.spec);
  return views.sort((a, b) => order(a) - order(b));
}

function view(data: SheetData, specName: string, headerRow: number): SheetView {
  const spec = SHEETS.find((s) => s.name === specName)!;
  const columns = columnsOf(spec);
  const header = data.rows[headerRow] ?? [];
  const width = Math.max(header.length, ...data.rows.slice(headerRow + 1, headerRow + 200).map((r) => r?.length ?? 0));
  const headers = Array.from({ length: width }, (_, c) => displayText(header[c]));
  const explain = headers.map((h) => {
    const key = h.replace(/\s*\*$/, '').toLowerCase();
    const column = columns.find((c) => c.header.toLowerCase() === key || c.aliases?.some((a) => a.toLowerCase() === key));
    return { nl: column?.explain ?? '', en: column?.explainEn ?? '' };
  });
  const rows: SheetView['rows'] = [];
  for (let r = headerRow + 1; r < data.rows.length; r++) {
    const row = data.rows[r];
    if (!row || !row.some(Boolean)) continue;
    const cells = Array.from({ length: width }, (_, c) => displayText(row[c], { date1904: data.date1904 }));
    rows.push({ n: r + 1, cells, example: (cells[0] ?? '').toLowerCase().startsWith(EXAMPLE_PREFIX) });
  }
  return { key: sheetKey(data.file, data.name), file: data.file, name: data.name, spec: specName, csv: data.csv, headerRow: headerRow + 1, headers, explain, rows };
}

async function run(id: number, withSheets: boolean): Promise<void> {
  const started = performance.now();
  last = await importSources(loaded!);
  const state: StudioState = {
    files: [...new Set([...loaded!.books.flatMap((b) => b.sheets.map((s) => s.file)), ...loaded!.calendars.map((f) => f.name), ...loaded!.osmFiles.map((f) => f.name)])],
    problems: last.problems,
    errors: last.errors,
    warnings: last.warnings,
    ...(last.valid ? { feed: last.valid } : {}),
    timings: { read: readMs, import: performance.now() - started },
  };
  if (withSheets) state.sheets = sheetsOf(last);
  post({ id, type: 'state', state });
}

function findSheet(key: string): SheetData | undefined {
  for (const book of loaded?.books ?? []) for (const s of book.sheets) if (sheetKey(s.file, s.name) === key) return s;
  return undefined;
}

/** The sheets as they are now (with the person's edits), as one workbook: nothing is lost while errors remain. */
function workbookAsIs(): Uint8Array {
  const used = new Set<string>();
  const sheets = (loaded?.books ?? []).flatMap((b) => b.sheets).map((s) => {
    let name = s.name.replace(/\.(csv|txt)$/i, '').slice(0, 31);
    for (let n = 2; used.has(name); n++) name = `${name.slice(0, 28)} ${n}`;
    used.add(name);
    return {
      name,
      rows: s.rows.map((row) => (row ?? []).map((c: Cell | undefined) => (c ? { v: c.error ?? c.v, t: (typeof c.v === 'number' && !c.error ? 'n' : typeof c.v === 'boolean' ? 'b' : 's') as 'n' | 'b' | 's', ...(c.z ? { z: c.z } : {}) } : undefined))),
    };
  });
  return writeBook(sheets);
}

async function handle(req: Request): Promise<void> {
  switch (req.type) {
    case 'load': {
      const started = performance.now();
      loaded = readSources(req.files);
      readMs = performance.now() - started;
      return run(req.id, true);
    }
    case 'template': {
      const started = performance.now();
      loaded = readSources([{ name: 'biebkit.xlsx', bytes: templateWorkbook(req.org ? { org: req.org } : {}) }]);
      readMs = performance.now() - started;
      return run(req.id, true);
    }
    case 'edit': {
      const sheet = findSheet(req.key);
      if (!sheet) throw new Error(`no sheet ${req.key}`);
      const row = (sheet.rows[req.row - 1] ??= []);
      row[req.col] = req.text.trim() ? { v: req.text } : undefined;
      return run(req.id, false);
    }
    case 'add-row': {
      const sheet = findSheet(req.key);
      if (!sheet) throw new Error(`no sheet ${req.key}`);
      const lastRow = sheet.rows.reduce((n, row, i) => (row?.some(Boolean) ? i : n), 0);
      // A blank cell keeps the new row in view; the import reads a blank row as empty.
      sheet.rows[lastRow + 1] = [{ v: ' ' }];
      return run(req.id, true);
    }
    case 'delete-row': {
      const sheet = findSheet(req.key);
      if (!sheet) throw new Error(`no sheet ${req.key}`);
      sheet.rows.splice(req.row - 1, 1);
      return run(req.id, true);
    }
    case 'download': {
      if (req.what === 'feed') {
        const feed = last?.errors ? last.valid : last?.feed;
        const bytes = new TextEncoder().encode(feed ? feedJson(feed) : 'null\n');
        post({ id: req.id, type: 'file', name: 'feed.json', mime: 'application/json', bytes }, [bytes.buffer]);
      } else {
        const bytes = last?.errors || !last?.feed ? workbookAsIs() : exportWorkbook(last.feed);
        post({ id: req.id, type: 'file', name: 'biebkit.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes }, [bytes.buffer]);
      }
      return;
    }
  }
}

self.addEventListener('message', (event: MessageEvent<Request>) => {
  handle(event.data).catch((e: unknown) => post({ id: event.data.id, type: 'failed', message: e instanceof Error ? e.message : String(e) }));
});
