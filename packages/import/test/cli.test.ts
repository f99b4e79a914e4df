/**
 * `biebkit template | import | export` on real files in a temporary directory: the round trip through the
 * command line, --into (what a source replaces, what it keeps), stable ids, --dry-run's list of changes, exit
 * codes, and the rule that a failed import never touches the last good feed; every feed written passes
 * `biebkit validate`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import * as XLSX from '@e965/xlsx';
import { main as biebkit } from '@biebkit/feed/cli';
import { main } from '../src/cli.js';

const root = new URL('../../../', import.meta.url).pathname;
const fixtures = new URL('./fixtures/', import.meta.url).pathname;

function run(command: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), readFile: async () => '', fetchText: async () => '' };
  return main(command, args, io).then((code) => ({ code, out, err }));
}

async function validates(path: string): Promise<void> {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), readFile: async (p: string) => readFileSync(p, 'utf8'), fetchText: async () => '' };
  assert.equal(await biebkit(['validate', path], io), 0, lines.join('\n'));
  assert.match(lines.at(-1)!, / 0 error\(s\), 0 warning\(s\);/);
}

const dir = () => mkdtempSync(`${tmpdir()}/biebkit-cli-`);
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const withoutGenerated = (f: Record<string, unknown>) => {
  const { generated: _g, ...rest } = f;
  return rest;
};

test('template, then export and import: the sample feed comes back, and passes biebkit validate', async () => {
  const d = dir();
  let r = await run('template', '--org', 'Bibliotheek Duinstreek', '-o', `${d}/leeg.xlsx`);
  assert.equal(r.code, 0);
  assert.match(r.out[0]!, /leeg\.xlsx: the Biebkit template for Bibliotheek Duinstreek/);
  assert.ok(statSync(`${d}/leeg.xlsx`).size > 10_000);
  r = await run('export', `${root}demo/feeds/mijn-streek.json`, '-o', `${d}/biebkit.xlsx`);
  assert.equal(r.code, 0, r.err.join('\n'));
  assert.match(r.out[0]!, /biebkit\.xlsx: 9 branches, 30 KPIs, 9 goals, 38 activities/);
  r = await run('import', `${d}/biebkit.xlsx`, '-o', `${d}/feed.json`);
  assert.equal(r.code, 0, r.out.join('\n'));
  assert.deepEqual(withoutGenerated(json(`${d}/feed.json`)), withoutGenerated(json(`${root}demo/feeds/mijn-streek.json`)));
  await validates(`${d}/feed.json`);
  // CSV files and .ods too.
  r = await run('export', `${root}demo/feeds/mijn-streek.json`, '--csv', '-o', `${d}/csv`);
  assert.equal(r.code, 0);
  assert.equal(readdirSync(`${d}/csv`).length, 15); // one per sheet, the new ones (Sluitingsdagen, Seizoenen, Haltes, …) too
  r = await run('import', ...readdirSync(`${d}/csv`).map((n) => `${d}/csv/${n}`), '-o', `${d}/from-csv.json`);
  assert.equal(r.code, 0, r.out.join('\n'));
  assert.deepEqual(withoutGenerated(json(`${d}/from-csv.json`)), withoutGenerated(json(`${root}demo/feeds/mijn-streek.json`)));
  r = await run('export', `${root}demo/feeds/mijn-streek.json`, '-o', `${d}/biebkit.ods`);
  assert.equal(r.code, 0);
  assert.ok(existsSync(`${d}/biebkit.ods`));
});

test('--into: a lone CSV of Metingen changes only the KPIs it names; --dry-run lists the change and writes nothing', async () => {
  const d = dir();
  writeFileSync(`${d}/feed.json`, readFileSync(`${root}demo/feeds/zuid-kennemerland.json`));
  const before = readFileSync(`${d}/feed.json`);
  const kpi = json(`${d}/feed.json`).kpis[0];
  const rows = [`Kengetal;Periode;Waarde`, ...kpi.series.map((m: { period: string; value: number }) => `${kpi.id};${m.period};${String(m.value).replace('.', ',')}`), `${kpi.id};2027;41,5`];
  writeFileSync(`${d}/Metingen.csv`, `${rows.join('\r\n')}\r\n`);
  let r = await run('import', `${d}/Metingen.csv`, '--into', `${d}/feed.json`, '-o', `${d}/feed.json`, '--dry-run');
  assert.equal(r.code, 0, r.out.join('\n'));
  assert.ok(r.out.includes(`~ KPI "${kpi.id}": /series`), r.out.join('\n'));
  assert.match(r.out.at(-1)!, /2 branches, 16 KPIs, 7 goals, 31 activities; 0 added, 1 changed, 0 removed \(against .*feed\.json\); 0 error\(s\), 0 warning\(s\); nothing written \(--dry-run\)/);
  assert.deepEqual(readFileSync(`${d}/feed.json`), before, '--dry-run wrote nothing');
  r = await run('import', `${d}/Metingen.csv`, '--into', `${d}/feed.json`, '-o', `${d}/feed.json`);
  assert.equal(r.code, 0);
  const after = json(`${d}/feed.json`);
  assert.deepEqual(after.kpis[0].series.at(-1), { period: '2027', value: 41.5 });
  // Everything else is as it was: the other KPIs (their measurements too), branches, goals, activities.
  const old = JSON.parse(before.toString());
  assert.deepEqual(after.kpis.slice(1), old.kpis.slice(1));
  assert.deepEqual([after.branches, after.goals, after.activities, after.organization], [old.branches, old.goals, old.activities, old.organization]);
  await validates(`${d}/feed.json`);
});

test('stable ids: rows without an Id keep the id of the same item in --into; a workbook without a column keeps that field', async () => {
  const d = dir();
  const feed = json(`${root}demo/feeds/zuid-kennemerland.json`);
  writeFileSync(`${d}/feed.json`, JSON.stringify(feed));
  await run('export', `${d}/feed.json`, '-o', `${d}/biebkit.xlsx`);
  // Staff clear the Id column of Activiteiten and delete the Beschrijving columns of Vestigingen.
  const wb = XLSX.read(readFileSync(`${d}/biebkit.xlsx`), { type: 'buffer' });
  const acts = wb.Sheets['Activiteiten']!;
  const range = XLSX.utils.decode_range(acts['!ref']!);
  for (let r = 4; r <= range.e.r; r++) delete acts[XLSX.utils.encode_cell({ r, c: 0 })];
  const vest = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Vestigingen']!, { header: 1 });
  const keep = (vest[2] as string[]).map((h, i) => (/^Beschrijving/.test(h) ? -1 : i)).filter((i) => i >= 0);
  wb.Sheets['Vestigingen'] = XLSX.utils.aoa_to_sheet(vest.map((row) => keep.map((i) => (row as unknown[])[i])));
  writeFileSync(`${d}/bewerkt.xlsx`, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  const r = await run('import', `${d}/bewerkt.xlsx`, '--into', `${d}/feed.json`, '-o', `${d}/feed.json`, '--dry-run');
  assert.equal(r.code, 0, r.out.join('\n'));
  assert.ok(r.out.some((l) => /^info +Activiteiten!A5: Id is empty: kept "[a-z0-9-]+" from feed\.json \(the same name\)$/.test(l)), r.out.join('\n'));
  assert.ok(r.out.some((l) => /columns not in the workbook, kept from feed\.json: Vestigingen: Beschrijving/.test(l)));
  assert.match(r.out.at(-1)!, /0 added, 0 changed, 0 removed/);
});

test('a failed import never touches the last good feed; --force writes the rest, which still passes validate; exit codes', async () => {
  const d = dir();
  writeFileSync(`${d}/feed.json`, readFileSync(`${root}demo/feeds/kopgroep.json`));
  const good = readFileSync(`${d}/feed.json`);
  await run('export', `${d}/feed.json`, '-o', `${d}/biebkit.xlsx`);
  const wb = XLSX.read(readFileSync(`${d}/biebkit.xlsx`), { type: 'buffer' });
  wb.Sheets['Openingstijden']!['I5'] = { t: 's', v: '10:00-1730' };
  writeFileSync(`${d}/fout.xlsx`, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  let r = await run('import', `${d}/fout.xlsx`, '-o', `${d}/feed.json`);
  assert.equal(r.code, 1);
  assert.ok(r.out.includes('error   Openingstijden!I5: "10:00-1730" is not a time range (use 10:00-17:30)'), r.out.join('\n'));
  assert.match(r.err.at(-1)!, /feed\.json was not written: 1 error\(s\)\. Fix them, or write the feed without what they name with --force\./);
  assert.deepEqual(readFileSync(`${d}/feed.json`), good, 'the last good feed is untouched');
  assert.deepEqual(readdirSync(d).sort(), ['biebkit.xlsx', 'feed.json', 'fout.xlsx'], 'no temporary files left');
  // Unreadable files, a password, nothing at all: exit 1 and the feed untouched.
  for (const bad of ['duinstreek-protected.xlsx', 'not-a-workbook.xlsx']) {
    r = await run('import', `${fixtures}${bad}`, '--into', `${d}/feed.json`, '-o', `${d}/feed.json`);
    assert.equal(r.code, 1);
    assert.deepEqual(readFileSync(`${d}/feed.json`), good);
  }
  r = await run('import', `${d}/fout.xlsx`, '-o', `${d}/feed.json`, '--force', '--lang', 'nl');
  assert.equal(r.code, 1);
  assert.ok(r.out.includes('error   Openingstijden!I5: "10:00-1730" is geen tijdvak (schrijf 10:00-17:30)'));
  await validates(`${d}/feed.json`);
  assert.notDeepEqual(readFileSync(`${d}/feed.json`), good);
  // Usage errors are 2; a file that is not there is 1.
  assert.equal((await run('import', `${d}/fout.xlsx`)).code, 2);
  assert.equal((await run('import', `${d}/fout.xlsx`, '-o', `${d}/x.json`, '--frobnicate')).code, 2);
  assert.equal((await run('template')).code, 2);
  assert.equal((await run('export', `${d}/feed.json`)).code, 2);
  assert.equal((await run('import', `${d}/bestaat-niet.xlsx`, '-o', `${d}/x.json`)).code, 1);
});

test('a calendar replaces the activities of --into; the dry run lists them; --json for scripts', async () => {
  const d = dir();
  await run('import', `${fixtures}duinstreek.xlsx`, '-o', `${d}/feed.json`);
  await validates(`${d}/feed.json`);
  let r = await run('import', `${fixtures}agenda.ics`, '--into', `${d}/feed.json`, '-o', `${d}/feed.json`, '--dry-run');
  assert.equal(r.code, 1); // BYSETPOS and FREQ=YEARLY are errors
  assert.ok(r.out.includes('- activity "taalcafe"'));
  assert.ok(r.out.includes('+ activity "taalcafe-wise.bieb-duinstreek.nl"'));
  assert.ok(r.out.includes('error   agenda.ics, UID maandafsluiter@wise.bieb-duinstreek.nl: RRULE BYSETPOS is not supported; imported as one activity'));
  r = await run('import', `${fixtures}agenda.ics`, '--into', `${d}/feed.json`, '-o', `${d}/feed.json`, '--json');
  const report = JSON.parse(r.out[0]!);
  assert.equal(report.errors, 2);
  assert.ok(report.problems.every((p: { place: unknown; en: string; nl: string }) => p.place && p.en && p.nl));
});

test('the biebkit command (installed bin) runs template, import and export from the built packages', () => {
  const d = dir();
  const bin = `${root}packages/feed/bin/biebkit.js`;
  let r = spawnSync(process.execPath, [bin, 'template', '-o', `${d}/t.xlsx`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  r = spawnSync(process.execPath, [bin, 'export', `${root}demo/feeds/bind.json`, '-o', `${d}/b.xlsx`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  r = spawnSync(process.execPath, [bin, 'import', `${d}/b.xlsx`, '-o', `${d}/b.json`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  r = spawnSync(process.execPath, [bin, 'validate', `${d}/b.json`], { encoding: 'utf8' });
  assert.equal(r.status, 0);
});
