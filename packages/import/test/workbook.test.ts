/**
 * Workbooks and CSV files, real ones: the round trip feed → workbook → feed for every sample feed (as .xlsx,
 * .ods and CSV), the template as Excel will show it, and the files in fixtures/ made the way staff make them
 * (LibreOffice Calc with merged headers, formatted empty rows and formulas; Dutch Excel CSV in Windows-1252; a
 * sheet renamed by hand; a column deleted; a password; a zip that is not a workbook), plus the bad inputs
 * made here: a 50,000-row sheet, a formula without its value, an Excel error, a column nobody knows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { parseFeed } from '@biebkit/feed/validate';
import { exportCsv, exportWorkbook, templateWorkbook } from '../src/export.js';
import { importFiles, type ImportResult } from '../src/import.js';
import { formatProblem } from '../src/problems.js';
import { MAX_ROWS } from '../src/workbook.js';

const root = new URL('../../../', import.meta.url).pathname;
const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const SAMPLES = ['zuid-kennemerland', 'kopgroep', 'mijn-streek', 'bind'];
const sample = (name: string) => JSON.parse(readFileSync(`${root}demo/feeds/${name}.json`, 'utf8'));
const file = (name: string) => ({ name: name.split('/').pop()!, bytes: new Uint8Array(readFileSync(`${fixtures}${name}`)) });
const lines = (r: ImportResult, severity?: string) => r.problems.filter((p) => !severity || p.severity === severity).map((p) => formatProblem(p));
const withoutGenerated = (feed: unknown) => {
  const copy = structuredClone(feed) as Record<string, unknown>;
  delete copy['generated'];
  return copy;
};

for (const name of SAMPLES) {
  test(`round trip: ${name}.json → workbook (.xlsx) → feed is the same feed, and passes validation`, async () => {
    const feed = sample(name);
    const bytes = exportWorkbook(feed);
    const result = await importFiles([{ name: 'biebkit.xlsx', bytes }]);
    assert.deepEqual(lines(result, 'error'), []);
    assert.deepEqual(lines(result, 'warning'), []);
    assert.deepEqual(withoutGenerated(result.feed), withoutGenerated(feed));
    const check = parseFeed(JSON.stringify(result.feed));
    assert.ok(check.ok && check.model.problems.length === 0);
  });
}

test('round trip through .ods (LibreOffice) and through CSV files (one per sheet, ";", decimal comma)', async () => {
  for (const name of ['kopgroep', 'bind']) {
    const feed = sample(name);
    const ods = await importFiles([{ name: 'biebkit.ods', bytes: exportWorkbook(feed, { bookType: 'ods' }) }]);
    assert.deepEqual(withoutGenerated(ods.feed), withoutGenerated(feed), `${name} via .ods`);
    const csv = await importFiles(exportCsv(feed));
    assert.deepEqual(lines(csv, 'error'), []);
    assert.deepEqual(withoutGenerated(csv.feed), withoutGenerated(feed), `${name} via CSV`);
  }
});

test('the template: a "Lees mij" sheet, every sheet with title, explanations, header and an example row; drop-down lists, frozen panes, styles', async () => {
  const bytes = templateWorkbook();
  const wb = XLSX.read(bytes, { type: 'array' });
  assert.deepEqual(wb.SheetNames, [
    'Lees mij', 'Organisatie', 'Gemeenten', 'Sluitingsdagen', 'Vestigingen', 'Openingstijden', 'Seizoenen', 'Uitzonderingen', 'Haltes', 'Halte-uitzonderingen',
    'Kengetallen', 'Metingen', 'Doelen', 'Mijlpalen', 'Activiteiten', 'Uitvoerenden', 'Lijsten',
  ]);
  assert.equal(wb.Workbook?.Sheets?.at(-1)?.Hidden, 1, 'Lijsten is hidden');
  const vest = wb.Sheets['Vestigingen']!;
  assert.match(String(vest['A1']?.v), /^Vestigingen: één rij per vestiging/);
  assert.match(String(vest['A2']?.v), /Korte code/);
  assert.equal(vest['A3']?.v, 'Id *');
  assert.equal(vest['B3']?.v, 'Naam *');
  assert.equal(vest['C3']?.v, 'Naam (Engels)');
  assert.equal(vest['A4']?.v, 'voorbeeld-zandvoort');
  assert.deepEqual(vest['!merges']?.[0], XLSX.utils.decode_range('A1:AB1'));
  assert.deepEqual(['P3', 'W3', 'Y3', 'P4', 'W4'].map((c) => vest[c]?.v), ['Rolstoeltoegankelijk', 'Studieplekken', 'Openbaar vervoer', 'ja', 24]);
  // What SheetJS CE does not write, finishXlsx adds: styles, a frozen pane and the validation lists.
  const cfb = XLSX.CFB.read(bytes, { type: 'array' });
  const sheetXml = (name: string) => new TextDecoder().decode(XLSX.CFB.find(cfb, `/xl/worksheets/sheet${wb.SheetNames.indexOf(name) + 1}.xml`)!.content as Uint8Array);
  const xml = sheetXml('Vestigingen');
  assert.match(xml, /<pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"\/>/);
  // Soort (D) from the list of branch kinds, strictly; Gemeente (E) from the CBS codes in Gemeenten (C), loosely.
  assert.match(xml, /<dataValidation type="list"[^>]*showErrorMessage="1"[^>]*sqref="D5:D40004"><formula1>Lijsten!\$A\$2:\$A\$7<\/formula1>/);
  assert.match(xml, /<dataValidation type="list"[^>]*showErrorMessage="0"[^>]*sqref="E5:E40004"><formula1>'Gemeenten'!\$C\$5:\$C\$1000<\/formula1>/);
  assert.match(xml, /<c r="A3" s="\d+"/);
  const lijsten = wb.Sheets['Lijsten']!;
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map((r) => lijsten[`A${r}`]?.v), ['branchKind', 'vestiging', 'servicepunt', 'schoolbibliotheek', 'afhaalpunt', 'bibliobus', 'anders']);
  // The new sheets: a season one row per day, with Op afspraak; its school holidays from a list that starts with "alle".
  const seizoenen = wb.Sheets['Seizoenen']!;
  assert.deepEqual(['A3', 'B3', 'C3', 'F3', 'G3', 'H3', 'I3', 'J3', 'K3'].map((c) => seizoenen[c]?.v), ['Vestiging *', 'Laag *', 'Seizoen', 'Vanaf', 'Tot en met', 'Schoolvakanties', 'Dag', 'Tijden', 'Op afspraak']);
  assert.deepEqual(['A4', 'C4', 'D4', 'I4', 'J4'].map((c) => seizoenen[c]?.w ?? seizoenen[c]?.v), ['voorbeeld-zandvoort', 'zomer', 'zomertijden', 'di', '10:00-17:00']);
  const holidayList = Object.keys(lijsten).find((ref) => lijsten[ref]?.v === 'schoolHolidayKind of alle schoolvakanties')!;
  const col = holidayList.replace(/\d+$/, '');
  assert.deepEqual([2, 3, 4, 5, 6, 7].map((r) => lijsten[`${col}${r}`]?.v), ['alle schoolvakanties', 'herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie']);
  const seasonXml = sheetXml('Seizoenen');
  assert.match(seasonXml, new RegExp(`<dataValidation type="list"[^>]*showErrorMessage="0"[^>]*sqref="H5:H40004"><formula1>Lijsten!\\$${col}\\$2:\\$${col}\\$7</formula1>`));
  assert.match(seasonXml, /sqref="I5:I40004"><formula1>"ma,di,wo,do,vr,za,zo"<\/formula1>/, 'no OSM in Seizoenen');
  // Kengetallen has a second example row: a KPI counted from the agenda, with no count typed in.
  const kengetallen = wb.Sheets['Kengetallen']!;
  assert.deepEqual(['A5', 'F5', 'Z5', 'AA5', 'AC5'].map((c) => kengetallen[c]?.v), ['voorbeeld-activiteiten-lezen', 'aantal', 'ja', 'lezen en literatuur', 'jaar']);
  assert.deepEqual(['Z3', 'AA3', 'AB3', 'AC3', 'AD3'].map((c) => kengetallen[c]?.v), ['Geteld uit de agenda', 'Telt Wsob-functie', 'Telt opgave', 'Telt per', 'Telt vanaf']);
  // Read back: the examples are skipped, and an empty template says what is missing.
  const empty = await importFiles([{ name: 'biebkit.xlsx', bytes }]);
  assert.deepEqual(lines(empty, 'error'), ['Organisatie: Organisatie has no organisation (only the example row, or rows that could not be read): fill in its row']);
  assert.match(lines(empty, 'info')[0]!, /the template's example rows \(first column starting with "voorbeeld"\) were not read: Organisatie!4, Gemeenten!4, Sluitingsdagen!4, Vestigingen!4, Openingstijden!4, Seizoenen!4, Uitzonderingen!4, Haltes!4, Halte-uitzonderingen!4, Kengetallen!4, Kengetallen!5, Metingen!4/);
  const named = await importFiles([{ name: 'biebkit.xlsx', bytes: templateWorkbook({ org: 'Bibliotheek Duinstreek' }) }]);
  assert.deepEqual(lines(named, 'error'), ['Gemeenten: Gemeenten has no municipality: the organisation needs at least one (name and CBS code)']);
});

test('a workbook kept in LibreOffice Calc: merged titles and headers, formatted empty rows, formulas, date/time/percentage cells', async () => {
  const result = await importFiles([file('duinstreek.xlsx')]);
  assert.deepEqual(lines(result, 'error'), []);
  assert.deepEqual(lines(result, 'warning'), []);
  assert.deepEqual(lines(result, 'info'), [
    'Vestigingen!J4: read as 0235731234 (Excel had dropped the 0: format the column as text)',
    'Activiteiten!A6: Id is empty: made "voorleesochtend-2026-11-14" (write it in the sheet to keep it)',
  ]);
  const feed = result.feed!;
  assert.deepEqual(feed.organization.municipalities.map((m) => m.id), ['GM0377', 'GM0473']);
  assert.deepEqual(feed.organization.holidays, { rule: 'closed', goodFriday: false, liberationDay: true }); // WAAR, a boolean cell
  const [zandvoort, bloemendaal] = feed.branches!;
  // The id is a formula (=LOWER(SUBSTITUTE(MID(B4;13;99)…))): its computed value is read.
  assert.equal(zandvoort!.id, 'zandvoort');
  assert.equal(zandvoort!.municipality, 'GM0473'); // written as "Zandvoort"
  assert.deepEqual(zandvoort!.address, { street: 'Prinsesseweg 34', postalCode: '2042 NB', city: 'Zandvoort' }); // under the merged "Adres"
  assert.deepEqual(zandvoort!.geo, { lat: 52.3731, lon: 4.5334 });
  // The branch id merged down over the building layer's six rows counts for each row.
  const building = zandvoort!.hours![0]!;
  assert.equal(building.kind, 'building');
  assert.equal(building.selfService, true);
  assert.deepEqual(building.weekly, { mo: ['08:00-20:00'], tu: ['08:00-20:00'], we: ['08:00-20:00'], th: ['08:00-20:00'], fr: ['08:00-20:00'], sa: ['10:00-16:00'] });
  assert.deepEqual(building.exceptions, [{ date: '2026-12-24', status: 'open', hours: ['08:00-16:00'], note: 'Kerstavond: tot 16:00' }]);
  assert.deepEqual(zandvoort!.hours![1]!.weekly, { tu: ['10:00-17:00'], th: ['10:00-12:30', '13:30-17:00'], sa: ['10:00-13:00'] });
  assert.deepEqual(zandvoort!.hours![2], { id: 'ido', kind: 'desk', label: 'Informatiepunt Digitale Overheid', service: 'ido', weekly: { th: ['14:00-16:00'] } });
  // Bloemendaal's hours are an OSM value in one row.
  assert.deepEqual(bloemendaal!.hours, [{ id: 'open', kind: 'staffed', weekly: { we: ['13:30-16:30'], sa: ['10:00-12:00'] }, holidays: { rule: 'closed', goodFriday: true, liberationDay: true } }]);
  const kpis = Object.fromEntries(feed.kpis!.map((k) => [k.id, k]));
  assert.deepEqual(kpis['leden-zandvoort']!.series, [{ period: '2024', value: 3120 }, { period: '2025', value: 3260, provisional: true, note: 'Tot en met oktober' }]); // =C4+140
  assert.deepEqual(kpis['leden-zandvoort']!.scope, { municipalities: ['GM0473'] });
  assert.deepEqual(kpis['tevredenheid']!.series, [{ period: '2025', value: 87 }]); // 87% in a percentage cell
  assert.deepEqual(kpis['bezoeken']!.series.map((m) => m.period), ['2025-09', '2025-10']); // a date shown as a month; "okt 2025"
  assert.equal(feed.goals![0]!.target!.kpi, 'leden-zandvoort'); // written as the KPI's label
  const acts = Object.fromEntries(feed.activities!.map((a) => [a.id, a]));
  assert.equal(acts['taalcafe']!.start, '2026-11-03T10:00'); // a time cell
  assert.deepEqual(acts['taalcafe']!.recurrence, { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: ['2026-12-22', '2026-12-29'] });
  assert.deepEqual(acts['expositie'], {
    id: 'expositie', title: 'Expositie: 100 jaar Zandvoort', start: '2027-01-09', end: '2027-02-20', branch: 'zandvoort', audiences: ['everyone'], function: 'art-culture', price: { amount: 0 },
  });
  assert.equal(acts['voorleesochtend-2026-11-14']!.end, '2026-11-14T11:15'); // "11.15 uur"
  assert.deepEqual(acts['voorleesochtend-2026-11-14']!.price, { amount: 2.5 }); // "€ 2,50"
  assert.ok(parseFeed(JSON.stringify(feed)).ok);
});

test('the same workbook as .ods, and as CSV files from Dutch Excel (";", Windows-1252 with é and €), give the same feed', async () => {
  const xlsx = await importFiles([file('duinstreek.xlsx')]);
  const ods = await importFiles([file('duinstreek.ods')]);
  assert.deepEqual(withoutGenerated(ods.feed), withoutGenerated(xlsx.feed));
  const csvFiles = readdirSync(`${fixtures}csv-1252`).map((n) => file(`csv-1252/${n}`));
  assert.ok(csvFiles.every((f) => !new TextDecoder('utf-8', { fatal: false }).decode(f.bytes).includes('é')), 'the CSV files really are Windows-1252');
  const csv = await importFiles(csvFiles);
  assert.deepEqual(lines(csv, 'error'), []);
  assert.deepEqual(withoutGenerated(csv.feed), withoutGenerated(xlsx.feed));
  assert.equal(csv.feed!.activities![0]!.title, 'Taalcafé');
  assert.equal(csv.feed!.kpis![1]!.source, 'Enquête');
});

test('a sheet renamed by hand is found by its columns, and the message says so', async () => {
  const renamed = await importFiles([file('duinstreek-renamed.xlsx')]);
  assert.deepEqual(lines(renamed, 'error'), []);
  assert.ok(lines(renamed, 'info').includes('Tijden per vestiging 2027: sheet "Tijden per vestiging 2027" read as Openingstijden (by its columns; rename it Openingstijden to be sure)'));
  const original = await importFiles([file('duinstreek.xlsx')]);
  assert.deepEqual(withoutGenerated(renamed.feed), withoutGenerated(original.feed));
});

test('a missing column: the sheet is named with the column, and what depends on it says why', async () => {
  const r = await importFiles([file('duinstreek-missing-column.xlsx')]);
  assert.equal(
    lines(r, 'error')[0],
    'Vestigingen: column "Gemeente" is missing (the header row 3 has Id, Naam, Soort, Straat en huisnummer, Postcode, Plaats, Breedtegraad, Lengtegraad, Telefoon, Webpagina); the sheet was not read',
  );
  assert.ok(r.errors >= 1);
});

test('a password-protected workbook and a zip that is not a workbook: a clear message, no crash', async () => {
  const p = await importFiles([file('duinstreek-protected.xlsx')]);
  assert.deepEqual(lines(p), [
    'duinstreek-protected.xlsx: the workbook is protected with a password. Open it in Excel or LibreOffice, remove the password (Excel: File › Info › Protect Workbook › Encrypt with Password, empty) and save it, then import it again',
  ]);
  assert.equal(p.feed, undefined);
  const z = await importFiles([file('not-a-workbook.xlsx')]);
  assert.deepEqual(lines(z), ['not-a-workbook.xlsx: a zip archive, but not a workbook (it holds notulen.txt, foto/gebouw.txt): save the workbook as .xlsx and import that']);
  const junk = await importFiles([{ name: 'foto.xlsx', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]) }]);
  assert.deepEqual(lines(junk), ['foto.xlsx: not a workbook (.xlsx, .ods), CSV, iCalendar (.ics) or OpenStreetMap (GeoJSON) file']);
});

/** A workbook made here with SheetJS (what a script or another program writes). */
function workbook(sheets: Record<string, (string | number | XLSX.CellObject | undefined)[][]>, extra?: (wb: XLSX.WorkBook) => void): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((c) => (c && typeof c === 'object' ? null : c))));
    rows.forEach((r, ri) => r.forEach((c, ci) => {
      if (c && typeof c === 'object') ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = c;
    }));
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  extra?.(wb);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const ORG = [['Id', 'Naam'], ['bieb', 'Bieb']];
const GEM = [['Naam', 'CBS-code'], ['Heemstede', 'GM0397']];

test('a 50,000-row sheet is refused with its size, and nothing of it is read; rows formatted far down are no problem', async () => {
  const rows: (string | number)[][] = [['Id', 'Titel', 'Datum', 'Van']];
  for (let i = 0; i < 50_000; i++) rows.push([`a-${i}`, `Activiteit ${i}`, '03-11-2026', '10:00']);
  const started = Date.now();
  const big = await importFiles([{ name: 'groot.xlsx', bytes: workbook({ Organisatie: ORG, Gemeenten: GEM, Activiteiten: rows }) }]);
  assert.ok(Date.now() - started < 120_000);
  assert.deepEqual(lines(big, 'error'), [
    `Activiteiten: the sheet runs to row 50.001; Biebkit reads at most ${MAX_ROWS.toLocaleString('nl-NL')} rows a sheet: split the file, or remove old rows. Nothing of this sheet was read`,
  ]);
  // A sheet whose range runs to row 60,000 because of formatting, with three rows of data, reads fine.
  const wide = workbook({ Organisatie: ORG, Gemeenten: GEM, Activiteiten: [['Id', 'Titel', 'Datum'], ['a', 'A', '03-11-2026'], ['b', 'B', '04-11-2026']] }, (wb) => {
    wb.Sheets['Activiteiten']!['!ref'] = 'A1:C60000';
  });
  const ok = await importFiles([{ name: 'opgemaakt.xlsx', bytes: wide }]);
  assert.deepEqual(lines(ok, 'error'), []);
  assert.equal(ok.feed!.activities!.length, 2);
});

test('a formula without a computed value, an Excel error, an unknown column, a sheet given twice, an unknown sheet', async () => {
  const bytes = workbook({
    Organisatie: ORG,
    Gemeenten: GEM,
    Vestigingen: [
      ['Id', 'Naam', 'Soort', 'Gemeente', 'Opmerking intern'],
      ['a', { t: 'z', f: 'UPPER("x")' } as XLSX.CellObject, 'vestiging', 'Heemstede', 'bellen'],
      ['b', 'B', 'vestiging', { t: 'e', v: 7, w: '#DIV/0!' } as XLSX.CellObject, undefined],
      ['c', 'C', 'vestiging', 'Heemstee', undefined],
    ],
    Notities: [['Wie', 'Wat'], ['Anna', 'koffie']],
  });
  const r = await importFiles([{ name: 'werkmap.xlsx', bytes }, { name: 'Vestigingen.csv', bytes: new TextEncoder().encode('Id;Naam;Soort;Gemeente\nd;D;vestiging;GM0397\n') }]);
  assert.deepEqual(lines(r, 'error'), [
    'Vestigingen.csv: Vestigingen is given twice (werkmap.xlsx, sheet Vestigingen and Vestigingen.csv); the second was not read',
    'Vestigingen!B2: the formula =UPPER("x") has no computed value: open the file in Excel or LibreOffice and save it again',
    'Vestigingen!D3: the cell shows the Excel error #DIV/0!',
    'Vestigingen!D4: no municipality "Heemstee" (give its CBS code, or add it to Gemeenten)',
    'Vestigingen!4:4: missing required field "municipality"; branch "c" left out',
  ]);
  assert.deepEqual(lines(r, 'warning'), [
    'Notities: not a Biebkit sheet (its name and columns match none): not read',
    'Vestigingen!E1: column "Opmerking intern" is not a column of Vestigingen and was not read',
  ]);
});

test('every problem names its place, the way a person looks for it', async () => {
  const bytes = workbook({
    Organisatie: ORG,
    Gemeenten: GEM,
    Vestigingen: [['Id', 'Naam', 'Soort', 'Gemeente', 'Straat en huisnummer', 'Postcode', 'Plaats'], ['plein-1', 'Plein 1', 'vestiging', 'GM0397', '', '2101 AA', '']],
    Openingstijden: [
      ['Vestiging', 'Laag', 'Soort laag', 'Dag', 'Tijden'],
      ...Array.from({ length: 11 }, () => ['plein-1', 'bemand', 'bemand', 'ma', '10:00-12:00']).map((r, i) => [r[0], r[1], r[2], ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo', 'ma', 'di', 'wo', 'do'][i]!, r[4]]),
      ['plein-1', 'bemand', 'bemand', 'vr', '10:00-1730'],
      ['plein-2', 'bemand', 'bemand', 'za', '10:00-12:00'],
    ],
    Activiteiten: [['Id', 'Titel', 'Datum', 'Van', 'Tot', 'Herhaling'], ['quiz', 'Quiz', '30-02-2027', '19:00', '21:00', ''], ['lezen', 'Lezen', '03-11-2026', '10:00', '', 'elke tweede week']],
  });
  const r = await importFiles([{ name: 'werkmap.xlsx', bytes }]);
  assert.deepEqual(lines(r, 'error'), [
    'Vestigingen!E2: Straat en huisnummer and Plaats are empty, but Postcode is filled in: fill them in too, or empty that',
    'Openingstijden!E13: "10:00-1730" is not a time range (use 10:00-17:30)',
    'Activiteiten!C2: "30-02-2027" is not a real date',
    'Activiteiten!F3: "elke tweede week" is not a recurrence (write, for example, "elke week op dinsdag" or "elke maand op de 2e dinsdag")',
    'Openingstijden!A14: no branch "plein-2" in Vestigingen; the row was not read',
  ]);
  assert.deepEqual(r.feed!.branches![0]!.hours![0]!.weekly.mo, ['10:00-12:00', '10:00-12:00']);
});

test('the new sheets and columns, kept in LibreOffice Calc (duinstreek-2027): closures, facilities, appointments, seasons, a bibliobus, a KPI counted from the agenda, richer activities', async () => {
  const now = Date.UTC(2026, 11, 1);
  const result = await importFiles([file('duinstreek-2027.xlsx')], { now });
  assert.deepEqual(lines(result, 'error'), []);
  assert.deepEqual(lines(result, 'warning'), []);
  assert.deepEqual(lines(result, 'info'), [
    'Openingstijden!F12: "Jul-Aug" comes back every year; the feed gives a season its dates: written for 2026 and 2027 (import it again next year, or add the years after in Seizoenen)',
    'Haltes!6:6: Halte is empty: read as "overveen-kerkplein"',
  ]);
  const feed = result.feed!;
  assert.equal(feed.organization.schoolHolidayRegion, 'noord'); // "Noord"
  // Closures once for all branches: a staff day for staffed layers and desks, a local one by municipality name, one branch by its name.
  assert.deepEqual(feed.organization.closures, [
    { date: '2027-02-02', layers: ['staffed', 'desk'], note: { nl: 'Teamdag: zelf lenen kan wel', en: 'Staff day: self-service as usual' } },
    { date: '2027-08-27', until: '2027-08-29', status: 'closed', municipalities: ['GM0473'], note: 'Grand Prix-weekend: de bieb in Zandvoort is dicht' },
    { date: '2026-12-31', status: 'open', hours: ['10:00-15:00'], branches: ['bloemendaal'], note: 'Oudejaarsdag: tot 15:00' },
  ]);
  const [zandvoort, bloemendaal, bus] = feed.branches!;
  // WAAR and ONWAAR cells, ja, x, a number cell and a number typed as text.
  assert.deepEqual(zandvoort!.facilities, {
    wheelchairAccessible: true, accessibleToilet: true, hearingLoop: false, wifi: true, studyPlaces: 24, computers: 6,
    publicTransport: 'Bushalte Zandvoort, Raadhuisplein', note: 'Invalidenparkeerplaats voor de deur',
  });
  // Summer hours: the branch merged down over the season's six rows; a Saturday closed in the season.
  const building = zandvoort!.hours![0]!;
  assert.deepEqual(building.seasons, [{
    id: 'zomer', label: { nl: 'zomertijden', en: 'summer hours' }, validFrom: '2027-07-01', validThrough: '2027-08-31',
    weekly: { mo: ['10:00-16:00'], tu: ['10:00-16:00'], we: ['10:00-16:00'], th: ['10:00-16:00'], fr: ['10:00-16:00'], sa: [] },
  }]);
  // The IDO desk: by appointment beside its hours; closed in the Christmas holidays; new hours from 1 March, rows without a code.
  const ido = zandvoort!.hours![1]!;
  assert.deepEqual([ido.weekly, ido.byAppointment], [{ mo: [], th: ['14:00-16:00'] }, { mo: ['09:30-12:00'], th: ['10:00-12:00'] }]);
  assert.deepEqual(ido.seasons, [
    { id: 'kerst', label: 'dicht in de kerstvakantie', schoolHolidays: ['christmas'], weekly: {} },
    { label: 'langer open', validFrom: '2027-03-01', weekly: { th: ['14:00-20:00'], mo: [] } },
  ]);
  // An OSM value with a season that comes back every year: a season for each year.
  assert.deepEqual(bloemendaal!.hours![0]!.seasons!.map((s) => [s.validFrom, s.validThrough, s.weekly]), [
    ['2026-07-01', '2026-08-31', { we: ['13:30-16:30'] }],
    ['2027-07-01', '2027-08-31', { we: ['13:30-16:30'] }],
  ]);
  // The bibliobus: a stop on two days, one every other week with its id made from its name, a stop's exception.
  assert.deepEqual(bus!.stops, [
    {
      id: 'bentveld', name: 'Bentveld, Dorpsplein', municipality: 'GM0473', geo: { lat: 52.3711, lon: 4.5705 }, weekly: { tu: ['09:30-11:00'], th: ['14:00-15:00'] },
      exceptions: [{ date: '2026-12-15', status: 'closed', note: 'Dorpsfeest: de bus staat een week later weer hier' }],
    },
    { id: 'overveen-kerkplein', name: 'Overveen, Kerkplein', municipality: 'GM0377', geo: { lat: 52.3925, lon: 4.6093 }, weeks: 'even', weekly: { we: ['10:00-11:30'] } },
  ]);
  const kpis = Object.fromEntries(feed.kpis!.map((k) => [k.id, k]));
  assert.deepEqual(kpis['activiteiten-lezen']!.derived, { from: 'activities', function: 'reading-literature', per: 'quarter', since: '2026-09-01' }); // WAAR
  assert.deepEqual(kpis['activiteiten-lezen']!.series, []);
  assert.deepEqual(kpis['laaggeletterdheid']!.scope, { municipalities: ['GM0377', 'GM0473'], region: 'Zuid-Kennemerland' });
  assert.equal(kpis['leden-zandvoort']!.baseline!.asOf, '2024-12-31');
  assert.equal(kpis['leden-zandvoort']!.series[1]!.asOf, '2026-10-31');
  const acts = Object.fromEntries(feed.activities!.map((a) => [a.id, a]));
  const lezing = acts['lezing-duinen']!;
  assert.deepEqual(
    [lezing.attendanceMode, lezing.onlineUrl, lezing.registration, lezing.image, lezing.organizer],
    [
      'mixed',
      'https://www.bieb-duinstreek.example.nl/live/duinen',
      { required: true, url: 'https://www.bieb-duinstreek.example.nl/agenda/lezing-duinen', capacity: 80, placesLeft: 6, opens: '2027-01-11T09:00' }, // a date-and-time cell
      { url: 'https://www.bieb-duinstreek.example.nl/images/duinen.jpg', alt: 'Helmgras op een duintop bij zonsondergang', width: 1600, height: 1067 },
      { name: 'Stichting Duinbehoud', url: 'https://www.duinbehoud.example.nl' },
    ],
  );
  // Performers on a sheet of their own, the second named by the activity's title.
  assert.deepEqual(lezing.performers, [{ name: 'Stichting Duinbehoud', kind: 'organization', url: 'https://www.duinbehoud.example.nl' }, { name: 'Anna Jansen', kind: 'person' }]);
  assert.equal(acts['taalcafe']!.schoolHolidays, 'except');
  assert.deepEqual([acts['boekenbal']!.status, acts['boekenbal']!.previousStart, acts['boekenbal']!.previousPlace], ['moved', '2027-03-09T19:30', 'Bibliotheek Zandvoort']);
  const check = parseFeed(JSON.stringify(feed));
  assert.ok(check.ok && check.model.problems.length === 0, check.ok ? JSON.stringify(check.model.problems) : '');
  // The same workbook saved as .ods, and as CSV files from Dutch Excel (Windows-1252), give the same feed.
  const ods = await importFiles([file('duinstreek-2027.ods')], { now });
  assert.deepEqual(withoutGenerated(ods.feed), withoutGenerated(feed));
  const csv = await importFiles(readdirSync(`${fixtures}csv-1252-2027`).map((n) => file(`csv-1252-2027/${n}`)), { now });
  assert.deepEqual(lines(csv, 'error'), []);
  assert.deepEqual(withoutGenerated(csv.feed), withoutGenerated(feed));
  // And back: the export of this feed reads as the same feed.
  const again = await importFiles([{ name: 'biebkit.xlsx', bytes: exportWorkbook(feed) }], { now });
  assert.deepEqual(withoutGenerated(again.feed), withoutGenerated(feed));
});

test('problems in the new sheets are named at their cells, once', async () => {
  const bytes = workbook({
    Organisatie: ORG,
    Gemeenten: GEM,
    Sluitingsdagen: [['Toelichting', 'Datum', 'Vestigingen'], ['Teamdag', '02-02-2027', 'Bibliotheek Nergens']],
    Vestigingen: [['Id', 'Naam', 'Soort', 'Gemeente'], ['plein-1', 'Plein 1', 'vestiging', 'GM0397'], ['bus', 'Bus', 'bibliobus', 'GM0397']],
    Openingstijden: [['Vestiging', 'Laag', 'Soort laag', 'Dag', 'Tijden'], ['plein-1', 'bemand', 'bemand', 'ma', '10:00-17:00']],
    Seizoenen: [
      ['Vestiging', 'Laag', 'Seizoen', 'Vanaf', 'Schoolvakanties', 'Dag', 'Tijden'],
      ['plein-1', 'bemand', 'zomer', '01-07-2027', '', 'ma', '10:00-13:00'],
      ['plein-1', 'bemand', 'zomer', '08-07-2027', '', 'di', '10:00-13:00'],
      ['plein-1', 'bemand', 'pasen', '', 'paasvakantie', 'ma', 'gesloten'],
      ['plein-1', 'gebouw', 'zomer', '01-07-2027', '', 'ma', '10:00-13:00'],
    ],
    Haltes: [['Vestiging', 'Halte', 'Naam', 'Dag', 'Tijden'], ['bus', 'dorp', 'Dorp', 'OSM', 'Tu 10:00-11:00']],
    Kengetallen: [
      ['Id', 'Label', 'Eenheid', 'Richting', 'Opgave', 'Niveau', 'Geteld uit de agenda', 'Telt Wsob-functie'],
      ['telling', 'Telling', 'aantal', 'hoger is beter', 'geletterde samenleving', 'output', '', 'lezen en literatuur'],
      ['niet-geteld', 'Niet geteld', 'aantal', 'hoger is beter', 'geletterde samenleving', 'output', 'nee', ''],
      ['geteld', 'Geteld', 'aantal', 'hoger is beter', 'geletterde samenleving', 'output', 'ja', ''],
    ],
    Metingen: [['Kengetal', 'Periode', 'Waarde'], ['geteld', '2026', '12']],
    Activiteiten: [['Id', 'Titel', 'Datum', 'Afbeelding'], ['quiz', 'Quiz', '03-11-2026', 'https://x.example.nl/quiz.jpg']],
    Uitvoerenden: [['Activiteit', 'Naam'], ['puzzel', 'Anna']],
  });
  const r = await importFiles([{ name: 'werkmap.xlsx', bytes }]);
  assert.deepEqual(lines(r, 'error'), [
    'Seizoenen!D3: this differs from row 2 for the same season "zomer" (one season has one value)',
    'Seizoenen!E4: "paasvakantie" is not one of: herfstvakantie, kerstvakantie, voorjaarsvakantie, meivakantie, zomervakantie, or alle schoolvakanties',
    'Haltes!D2: Dag OSM (an OpenStreetMap value) is for Openingstijden; here, give one row per day',
    'Kengetallen!G2: Geteld uit de agenda is empty, but Telt Wsob-functie is filled in: fill it in too, or empty that',
    'Activiteiten!D2: Afbeelding beschrijving is empty, but Afbeelding is filled in: fill it in too, or empty that',
    'Sluitingsdagen!C2: no branch "Bibliotheek Nergens" (give its id, or add it to Vestigingen)',
    'Seizoenen!B5: no layer "gebouw" in Openingstijden (for plein-1); the row was not read',
    'Uitvoerenden!A2: no activity "puzzel" in Activiteiten; the row was not read',
  ]);
  // What follows from the unreadable Schoolvakanties (as for a branch left out), and one message for the
  // measurements of a counted KPI: the validator's, at the Metingen row.
  assert.deepEqual(lines(r, 'warning'), [
    'Seizoenen!4:4: missing required field "validFrom"; the season left out',
    'Metingen!2:2: this KPI is counted from the activities; the measurements typed in are ignored',
  ]);
  const kpis = Object.fromEntries(r.feed!.kpis!.map((k) => [k.id, k]));
  assert.equal(kpis['niet-geteld']!.derived, undefined); // "nee": not counted
  assert.deepEqual(kpis['geteld']!.derived, { from: 'activities' });
});
