/**
 * Files in, sheets of cells out: workbooks (.xlsx, .xlsm, .ods, .xls) read by SheetJS Community Edition
 * (`@e965/xlsx`), and CSV files as Dutch Excel saves them (`;`, Windows-1252 or UTF-8 with a BOM, or UTF-16
 * "Unicode text"). Merged cells are filled with their value (a branch id merged down over its rows counts
 * for every row), formulas give their computed value, and trailing empty rows are never read one by one.
 * A file that is not a workbook, is protected by a password or is too big gets a clear message.
 */
import * as XLSX from '@e965/xlsx';
import type { Cell } from './cells.js';
import { msg, UnreadableFile } from './problems.js';
import { nl } from './words.js';

/** At most this many rows are read from one sheet: more is refused with a message (1,300 branches fit 10 times over). */
export const MAX_ROWS = 40_000;
/** Files above this size are refused before they are parsed. */
export const MAX_BYTES = 60 * 1024 * 1024;

export interface SheetData {
  /** The file it came from. */
  file: string;
  /** The sheet's name in the workbook; for a CSV file the file name. */
  name: string;
  csv: boolean;
  /** rows[r][c] (0-based; row r is spreadsheet row r+1). */
  rows: (Cell | undefined)[][];
  /** The sheet runs further than MAX_ROWS (the message says how far). */
  truncatedAt?: number;
  date1904: boolean;
}

export interface Book {
  sheets: SheetData[];
}

export type FileKind = 'workbook' | 'csv' | 'ics' | 'osm' | 'feed' | 'unknown';

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** What a file is, by its first bytes (and its name where the bytes leave a choice). */
export function sniff(name: string, bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'workbook';
  const head = decodeText(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (/^[{[]/.test(head)) {
    if (/"(?:type"\s*:\s*"FeatureCollection|elements"\s*:|osm3s|generator"\s*:\s*"Overpass)/.test(head) || /\.(geo)?json$/i.test(name) && /"features"/.test(head)) return 'osm';
    return 'feed';
  }
  if (/\.(ics|ical|ifb)$/i.test(name)) return 'ics';
  // Flat OpenDocument (.fods), SpreadsheetML 2003 (.xml) or an HTML table saved by Excel: SheetJS reads them.
  if (/^<(\?xml|office:document|workbook|html|table|!doctype html)/i.test(head)) return 'workbook';
  // Text without control characters: a CSV (or tab-separated) export.
  const sample = bytes.subarray(0, 4096);
  const binary = [...sample].some((b) => b === 0 && !startsWith(bytes, [0xff, 0xfe]) && !startsWith(bytes, [0xfe, 0xff]));
  if (!binary) return 'csv';
  return 'unknown';
}

/**
 * Text from bytes: a BOM decides (UTF-8, UTF-16); otherwise UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252, which Dutch Excel uses for "CSV (gescheiden door lijstscheidingsteken)".
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16be(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Windows-1252 puts € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ at 0x80-0x9F, where Latin-1 has control
// characters. Node's TextDecoder('windows-1252') decodes those bytes as Latin-1 (browsers do not), so they are
// mapped here, the same in both.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeUtf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

/** Which encoding decodeText chose, for messages and tests. */
export function encodingOf(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8 (BOM)';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The entries of a zip or compound file, for telling a workbook from another zip, and a password from a .xls. */
function containerEntries(bytes: Uint8Array): string[] {
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' });
    return cfb.FullPaths.map((p: string) => p.replace(/^Root Entry\//, '')).filter((p: string) => p && !p.startsWith('\u0001'));
  } catch {
    return [];
  }
}

function sheetFromWorksheet(file: string, name: string, ws: XLSX.WorkSheet, csv: boolean, date1904: boolean): SheetData {
  const data = ((ws as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: (Cell | undefined)[][] = [];
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) continue;
    const row: (Cell | undefined)[] = [];
    for (let c = 0; c < src.length; c++) {
      const cell = src[c];
      if (!cell) continue;
      row[c] = toCell(cell);
    }
    if (row.length) rows[r] = row;
  }
  // A merged range shows its value in every cell of the range, as a person sees it.
  for (const m of ws['!merges'] ?? []) {
    const top = rows[m.s.r]?.[m.s.c];
    if (!top || m.e.r - m.s.r > MAX_ROWS) continue;
    for (let r = m.s.r; r <= m.e.r; r++) {
      for (let c = m.s.c; c <= m.e.c; c++) {
        if (r === m.s.r && c === m.s.c) continue;
        (rows[r] ??= [])[c] = { ...top };
      }
    }
  }
  const sheet: SheetData = { file, name, csv, rows, date1904 };
  const full = ws['!fullref'] ? XLSX.utils.decode_range(ws['!fullref']) : undefined;
  if (full && full.e.r + 1 > MAX_ROWS + 20) {
    // Only when rows beyond the limit hold data: a sheet formatted down to row 1,048,576 is not "too big".
    const beyond = rows.slice(MAX_ROWS).some((row) => row?.some((c) => c && (c.error || !(typeof c.v === 'string' && !c.v.trim()))));
    if (beyond) sheet.truncatedAt = full.e.r + 1;
  }
  return sheet;
}

function toCell(cell: XLSX.CellObject): Cell | undefined {
  if (cell.t === 'e') return { v: '', error: cell.w ?? '#ERROR' };
  if (cell.t === 'z' || cell.v === undefined || cell.v === null) {
    if (cell.f) return { v: '', error: `=${cell.f}` };
    return undefined;
  }
  if (cell.t === 'd' && cell.v instanceof Date) {
    const d = cell.v;
    return { v: (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000, z: cell.z as string | undefined };
  }
  const out: Cell = { v: cell.v as string | number | boolean };
  if (cell.t === 'n' && cell.z && cell.z !== 'General') out.z = String(cell.z);
  return out;
}

/** Reads a workbook or a CSV file into sheets of cells. Throws UnreadableFile with a clear message. */
export function readBook(file: string, bytes: Uint8Array): Book {
  if (bytes.byteLength > MAX_BYTES) {
    throw new UnreadableFile(
      { kind: 'sheet', file },
      msg(
        `the file is ${nl(Math.round(bytes.byteLength / 1024 / 1024))} MB; Biebkit reads files up to ${MAX_BYTES / 1024 / 1024} MB`,
        `het bestand is ${nl(Math.round(bytes.byteLength / 1024 / 1024))} MB; Biebkit leest bestanden tot ${MAX_BYTES / 1024 / 1024} MB`,
      ),
    );
  }
  const kind = sniff(file, bytes);
  if (kind === 'csv') return { sheets: [readCsv(file, bytes)] };
  if (kind !== 'workbook') {
    throw new UnreadableFile({ kind: 'sheet', file }, msg('not a workbook or CSV file', 'geen werkmap of CSV-bestand'));
  }
  const entries = containerEntries(bytes);
  if (entries.includes('EncryptionInfo') || entries.includes('EncryptedPackage')) {
    throw new UnreadableFile(
      { kind: 'sheet', file },
      msg(
        `the workbook is protected with a password. Open it in Excel or LibreOffice, remove the password (Excel: File › Info › Protect Workbook › Encrypt with Password, empty) and save it, then import it again`,
        `de werkmap is beveiligd met een wachtwoord. Open het in Excel of LibreOffice, haal het wachtwoord weg (Excel: Bestand › Info › Werkmap beveiligen › Versleutelen met wachtwoord, leeg) en sla het op; importeer het daarna opnieuw`,
      ),
    );
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const isXlsx = entries.some((e) => /^\[Content_Types\]\.xml$/.test(e)) && entries.some((e) => /^xl\/workbook\.xml$/.test(e));
    const isOds = entries.some((e) => e === 'content.xml') && entries.some((e) => e === 'mimetype');
    if (!isXlsx && !isOds) {
      throw new UnreadableFile(
        { kind: 'sheet', file },
        msg(
          `a zip archive, but not a workbook (it holds ${entries.filter((e) => !e.endsWith('/')).slice(0, 3).join(', ') || 'nothing'}${entries.length > 3 ? ', …' : ''}): save the workbook as .xlsx and import that`,
          `een zip-archief, maar geen werkmap (er zit ${entries.filter((e) => !e.endsWith('/')).slice(0, 3).join(', ') || 'niets'}${entries.length > 3 ? ', …' : ''} in): sla de werkmap op als .xlsx en importeer die`,
        ),
      );
    }
  }
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: true, cellNF: true, cellHTML: false, cellStyles: false, sheetStubs: true, sheetRows: MAX_ROWS + 20 });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(reason)) {
      throw new UnreadableFile({ kind: 'sheet', file }, msg('the workbook is protected with a password: remove it in Excel and save again', 'de werkmap is beveiligd met een wachtwoord: haal het weg in Excel en sla opnieuw op'));
    }
    throw new UnreadableFile({ kind: 'sheet', file }, msg(`cannot be read as a workbook (${reason})`, `niet te lezen als werkmap (${reason})`));
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  return { sheets: wb.SheetNames.map((name) => sheetFromWorksheet(file, name, wb.Sheets[name]!, false, date1904)) };
}

function readCsv(file: string, bytes: Uint8Array): SheetData {
  let text = decodeText(bytes);
  // Excel's "sep=;" first line names the separator.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  let FS: string | undefined;
  if (sep) {
    FS = sep[1];
    text = text.slice(sep[0].length);
  }
  let ws: XLSX.WorkSheet;
  try {
    const wb = XLSX.read(text, { type: 'string', raw: true, dense: true, sheetRows: MAX_ROWS + 20, ...(FS ? { FS } : {}) });
    ws = wb.Sheets[wb.SheetNames[0]!]!;
  } catch (e) {
    throw new UnreadableFile({ kind: 'sheet', file }, msg(`cannot be read as CSV (${e instanceof Error ? e.message : String(e)})`, `niet te lezen als CSV (${e instanceof Error ? e.message : String(e)})`));
  }
  const base = file.split(/[\\/]/).pop()!;
  const sheet = sheetFromWorksheet(file, base, ws, true, false);
  if (!sheet.truncatedAt && sheet.rows.length >= MAX_ROWS + 20) sheet.truncatedAt = text.split('\n').filter((l) => l.trim()).length;
  return sheet;
}

// ---- writing --------------------------------------------------------------------------------------------

/** One sheet to write: rows of cells (undefined = empty), with what makes it a template. */
export interface SheetOut {
  name: string;
  rows: ({ v: string | number | boolean; t: 's' | 'n' | 'b'; z?: string } | undefined)[][];
  widths?: number[];
  hidden?: boolean;
  /** Cell ranges merged (A1:H1). */
  merges?: string[];
  /** Rows (0-based) that are the title, the explanations and the header, styled so. */
  titleRow?: number;
  explainRow?: number;
  headerRow?: number;
  exampleRows?: number[];
  /** Freeze the rows above this one and the first column. */
  freezeBelow?: number;
  /** Drop-down lists: the cells (A5:A40000) and a list of values or a range (Lijsten!$A$2:$A$7). */
  validations?: { sqref: string; list?: string[]; range?: string; strict: boolean; prompt?: string }[];
}

/** Writes sheets as an .xlsx workbook (with headers styled, panes frozen and drop-down lists) or an .ods. */
export function writeBook(sheets: SheetOut[], bookType: 'xlsx' | 'ods' = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws: XLSX.WorkSheet = {};
    let maxC = 0;
    s.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        const ref = XLSX.utils.encode_cell({ r, c });
        ws[ref] = cell.z ? { v: cell.v, t: cell.t, z: cell.z } : { v: cell.v, t: cell.t };
        if (c > maxC) maxC = c;
      });
    });
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, s.rows.length - 1), c: maxC } });
    if (s.widths) ws['!cols'] = s.widths.map((wch) => ({ wch }));
    if (s.merges?.length) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Workbook = { Sheets: sheets.map((s) => ({ Hidden: s.hidden ? 1 : 0 })) } as XLSX.WorkBook['Workbook'];
  const out = XLSX.write(wb, { type: 'array', bookType, bookSST: true, compression: true }) as ArrayBuffer;
  const bytes = new Uint8Array(out);
  return bookType === 'xlsx' ? finishXlsx(bytes, sheets) : bytes;
}

// SheetJS Community Edition writes cells, widths and merges, but not cell styles, frozen panes or data
// validation. finishXlsx adds those three to the XML SheetJS wrote (through SheetJS's own zip reader and
// writer): a few elements inserted at the places the OOXML schema (ECMA-376 §18.3.1.99) gives them.

const XF_TITLE = 'title';
const XF_EXPLAIN = 'explain';
const XF_HEADER = 'header';
const XF_EXAMPLE = 'example';

function finishXlsx(bytes: Uint8Array, sheets: SheetOut[]): Uint8Array {
  const cfb = XLSX.CFB.read(bytes, { type: 'array' });
  const get = (path: string): string | undefined => {
    const entry = XLSX.CFB.find(cfb, path);
    return entry ? new TextDecoder().decode(entry.content as Uint8Array) : undefined;
  };
  const put = (path: string, text: string) => {
    const entry = XLSX.CFB.find(cfb, path);
    if (entry) entry.content = new TextEncoder().encode(text) as unknown as typeof entry.content;
  };
  // Styles: four cell formats appended after the ones SheetJS wrote (dates keep theirs).
  const styles = get('/xl/styles.xml');
  const xf: Record<string, number> = {};
  if (styles) {
    const fontCount = Number(/<fonts count="(\d+)"/.exec(styles)?.[1] ?? 1);
    const fillCount = Number(/<fills count="(\d+)"/.exec(styles)?.[1] ?? 2);
    const borderCount = Number(/<borders count="(\d+)"/.exec(styles)?.[1] ?? 1);
    const xfCount = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1] ?? 1);
    const fonts = [
      '<font><b/><sz val="14"/><color rgb="FF1F3864"/><name val="Calibri"/><family val="2"/></font>',
      '<font><i/><sz val="10"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>',
      '<font><b/><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>',
      '<font><i/><sz val="11"/><color rgb="FF7F7F7F"/><name val="Calibri"/><family val="2"/></font>',
    ];
    const fills = ['<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>'];
    const borders = ['<border><left/><right/><top/><bottom style="medium"><color rgb="FF1F3864"/></bottom><diagonal/></border>'];
    const xfs = [
      `<xf numFmtId="0" fontId="${fontCount}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
      `<xf numFmtId="0" fontId="${fontCount + 1}" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>`,
      `<xf numFmtId="0" fontId="${fontCount + 2}" fillId="${fillCount}" borderId="${borderCount}" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment wrapText="1" vertical="bottom"/></xf>`,
      `<xf numFmtId="0" fontId="${fontCount + 3}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
    ];
    [XF_TITLE, XF_EXPLAIN, XF_HEADER, XF_EXAMPLE].forEach((name, i) => (xf[name] = xfCount + i));
    put(
      '/xl/styles.xml',
      styles
        .replace(/<fonts count="\d+">([\s\S]*?)<\/fonts>/, (_m, inner: string) => `<fonts count="${fontCount + fonts.length}">${inner}${fonts.join('')}</fonts>`)
        .replace(/<fills count="\d+">([\s\S]*?)<\/fills>/, (_m, inner: string) => `<fills count="${fillCount + fills.length}">${inner}${fills.join('')}</fills>`)
        .replace(/<borders count="\d+">([\s\S]*?)<\/borders>/, (_m, inner: string) => `<borders count="${borderCount + borders.length}">${inner}${borders.join('')}</borders>`)
        .replace(/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/, (_m, inner: string) => `<cellXfs count="${xfCount + xfs.length}">${inner}${xfs.join('')}</cellXfs>`),
    );
  }
  sheets.forEach((s, i) => {
    const path = `/xl/worksheets/sheet${i + 1}.xml`;
    let xml = get(path);
    if (!xml) return;
    const styleRow = (row: number | undefined, name: string) => {
      if (row === undefined || xf[name] === undefined) return;
      const r = row + 1;
      xml = xml!.replace(new RegExp(`<c r="([A-Z]+)${r}"(?: s="\\d+")?`, 'g'), `<c r="$1${r}" s="${xf[name]}"`);
    };
    styleRow(s.titleRow, XF_TITLE);
    styleRow(s.explainRow, XF_EXPLAIN);
    styleRow(s.headerRow, XF_HEADER);
    for (const row of s.exampleRows ?? []) styleRow(row, XF_EXAMPLE);
    if (s.explainRow !== undefined) xml = xml.replace(`<row r="${s.explainRow + 1}"`, `<row r="${s.explainRow + 1}" ht="75" customHeight="1"`);
    if (s.headerRow !== undefined) xml = xml.replace(`<row r="${s.headerRow + 1}"`, `<row r="${s.headerRow + 1}" ht="30" customHeight="1"`);
    if (s.freezeBelow !== undefined) {
      const top = `B${s.freezeBelow + 1}`;
      xml = xml.replace(
        /<sheetView ([^>]*?)\/>/,
        `<sheetView $1><pane xSplit="1" ySplit="${s.freezeBelow}" topLeftCell="${top}" activePane="bottomRight" state="frozen"/><selection pane="topRight"/><selection pane="bottomLeft"/><selection pane="bottomRight" activeCell="${top}" sqref="${top}"/></sheetView>`,
      );
    }
    if (s.validations?.length) {
      const items = s.validations.map((v) => {
        const formula = v.range ?? `"${v.list!.join(',').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
        const attrs = `type="list" allowBlank="1" showInputMessage="1" showErrorMessage="${v.strict ? 1 : 0}" errorStyle="${v.strict ? 'stop' : 'warning'}"`;
        const prompt = v.prompt ? ` promptTitle="Kies" prompt="${escapeXml(v.prompt.slice(0, 250))}"` : '';
        return `<dataValidation ${attrs}${prompt} sqref="${v.sqref}"><formula1>${formula}</formula1></dataValidation>`;
      });
      const block = `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
      // After sheetData/mergeCells, before hyperlinks, margins, ignoredErrors, drawings (CT_Worksheet order).
      const before = /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(xml);
      xml = before ? xml.slice(0, before.index) + block + xml.slice(before.index) : xml.replace('</worksheet>', `${block}</worksheet>`);
    }
    put(path, xml);
  });
  return new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A CSV file as Dutch Excel writes one: `;` between fields, UTF-8 with a BOM (so Excel reads é), CRLF. */
export function writeCsv(rows: (string | undefined)[][]): Uint8Array {
  const quote = (v: string) => (/[;"\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = rows.map((row) => row.map((v) => quote(v ?? '')).join(';')).join('\r\n') + '\r\n';
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
