/**
 * `biebkit template | import | export` (called by `biebkit` from @biebkit/feed). Node only.
 *
 * Exit codes: 0 done (warnings allowed); 1 errors (nothing written, unless --force); 2 a wrong command.
 * A feed is written only when it passes `biebkit validate`, and atomically (a new file renamed over the old
 * one), so a failed or interrupted import never leaves a broken or half-written feed where the last good
 * one was.
 */
import type { CliIo } from '@biebkit/feed/cli';
import { parseFeed } from '@biebkit/feed/validate';
import type { Feed } from '@biebkit/feed';
import { asWritten, importFiles, feedSummary } from './import.js';
import { exportCsv, exportWorkbook, templateWorkbook } from './export.js';
import { changeCounts, diffFeeds, formatChange } from './diff.js';
import { feedJson } from './build.js';
import { formatProblem, type Lang } from './problems.js';

const USAGE = `Usage: biebkit template [--org "Naam"] -o biebkit.xlsx
       biebkit import <file…> [--into feed.json] -o feed.json [--dry-run] [--force] [--quiet] [--json] [--lang nl]
       biebkit export feed.json -o biebkit.xlsx            (or -o biebkit.ods, or --csv -o map/)

Sources: the Biebkit workbook (.xlsx, .ods, .xls), CSV files of its sheets (Dutch Excel: ";", decimal comma,
Windows-1252 or UTF-8), iCalendar files (.ics) and OpenStreetMap exports (GeoJSON, Overpass JSON).
Exit code: 0 done (warnings allowed), 1 errors (nothing written unless --force), 2 usage.`;

interface Args {
  files: string[];
  flags: Map<string, string | true>;
}

function parseArgs(args: string[]): Args | string {
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  const withValue = new Set(['-o', '--output', '--into', '--org', '--lang']);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (withValue.has(a)) {
      const v = args[++i];
      if (v === undefined) return `${a} needs a value`;
      flags.set(a === '--output' ? '-o' : a, v);
    } else if (a.startsWith('--') && a.includes('=')) {
      const [k, v] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
      if (!withValue.has(k)) return `unknown option ${k}`;
      flags.set(k === '--output' ? '-o' : k, v);
    } else if (['--dry-run', '--force', '--quiet', '--json', '--csv'].includes(a)) flags.set(a, true);
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else files.push(a);
  }
  return { files, flags };
}

async function fs() {
  return import('node:fs/promises');
}

/** Writes a file atomically: a temporary file beside it, then renamed over it. */
async function writeAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  const { writeFile, rename, unlink } = await fs();
  const tmp = `${path}.biebkit-${process.pid}-${Date.now()}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

/** Runs `biebkit template|import|export …` (args after the command name); returns the exit code. */
export async function main(command: string, args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`biebkit ${command}: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  const { files, flags } = parsed;
  const lang: Lang = flags.get('--lang') === 'nl' ? 'nl' : 'en';
  const out = flags.get('-o') as string | undefined;
  try {
    if (command === 'template') return await template(out, flags, io);
    if (command === 'export') return await exportFeed(files, out, flags, io);
    if (command === 'import') return await importCommand(files, out, flags, lang, io);
  } catch (e) {
    io.err(`biebkit ${command}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  io.err(USAGE);
  return 2;
}

async function template(out: string | undefined, flags: Map<string, string | true>, io: CliIo): Promise<number> {
  if (!out) {
    io.err(`biebkit template: say where with -o biebkit.xlsx\n\n${USAGE}`);
    return 2;
  }
  const org = flags.get('--org');
  await writeAtomic(out, templateWorkbook(typeof org === 'string' ? { org } : {}));
  io.out(`${out}: the Biebkit template${typeof org === 'string' ? ` for ${org}` : ''}. Fill it in, then: biebkit import ${out} -o feed.json`);
  return 0;
}

async function readFeedFile(path: string): Promise<Feed | string> {
  const { readFile } = await fs();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return `${path}: cannot read: ${e instanceof Error ? e.message : String(e)}`;
  }
  const parsed = parseFeed(text, { url: path });
  if (!parsed.ok) return `${path}: not usable: ${parsed.error.message}`;
  return asWritten(text, parsed.model);
}

async function exportFeed(files: string[], out: string | undefined, flags: Map<string, string | true>, io: CliIo): Promise<number> {
  const [input] = files;
  if (!input || files.length > 1 || !out) {
    io.err(`biebkit export: give one feed and -o biebkit.xlsx\n\n${USAGE}`);
    return 2;
  }
  const { readFile, mkdir } = await fs();
  const text = await readFile(input, 'utf8').catch((e: unknown) => e as Error);
  if (text instanceof Error) {
    io.err(`${input}: cannot read: ${text.message}`);
    return 1;
  }
  const parsed = parseFeed(text, { url: input });
  if (!parsed.ok) {
    io.err(`${input}: not usable: ${parsed.error.message}`);
    return 1;
  }
  const errors = parsed.model.problems.filter((p) => p.severity === 'error');
  for (const p of errors) io.err(`error   ${input} ${p.path || '/'}: ${p.message} (not in the workbook)`);
  const feed = asWritten(text, parsed.model);
  if (flags.has('--csv')) {
    await mkdir(out, { recursive: true });
    for (const file of exportCsv(feed)) await writeAtomic(`${out.replace(/\/$/, '')}/${file.name}`, file.bytes);
    io.out(`${out}: one CSV file per sheet (";", UTF-8 with BOM); ${feedSummary(feed)}`);
  } else {
    const bookType = /\.ods$/i.test(out) ? 'ods' : 'xlsx';
    await writeAtomic(out, exportWorkbook(feed, { bookType }));
    io.out(`${out}: ${feedSummary(feed)}. Edit it, then: biebkit import ${out} --into ${input} -o ${input}`);
  }
  return errors.length ? 1 : 0;
}

async function importCommand(files: string[], out: string | undefined, flags: Map<string, string | true>, lang: Lang, io: CliIo): Promise<number> {
  const dryRun = flags.has('--dry-run');
  if (!files.length || (!out && !dryRun)) {
    io.err(`biebkit import: give the files to import and -o feed.json (or --dry-run)\n\n${USAGE}`);
    return 2;
  }
  const { readFile } = await fs();
  const inputs = [];
  for (const name of files) {
    try {
      inputs.push({ name: name.split(/[\\/]/).pop()!, bytes: new Uint8Array(await readFile(name)) });
    } catch (e) {
      io.err(`${name}: cannot read: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
  }
  const intoPath = flags.get('--into') as string | undefined;
  let into: { name: string; text: string } | undefined;
  if (intoPath) {
    try {
      into = { name: intoPath.split(/[\\/]/).pop()!, text: await readFile(intoPath, 'utf8') };
    } catch (e) {
      io.err(`${intoPath}: cannot read: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
  }
  const result = await importFiles(inputs, into ? { into } : {});
  const quiet = flags.has('--quiet');
  if (flags.has('--json')) {
    io.out(JSON.stringify({ errors: result.errors, warnings: result.warnings, problems: result.problems }, null, 2));
  } else {
    for (const p of result.problems) {
      if (quiet && p.severity !== 'error') continue;
      io.out(`${p.severity === 'error' ? 'error  ' : p.severity === 'warning' ? 'warning' : 'info   '} ${formatProblem(p, lang)}`);
    }
  }
  const feed = result.errors ? result.valid : result.feed;
  // What it changes: against --into, else against the file it would replace.
  let before: Feed | undefined;
  const beforePath = intoPath ?? out;
  if (beforePath) {
    const old = await readFeedFile(beforePath);
    if (typeof old !== 'string') before = old;
  }
  const changes = feed ? diffFeeds(before, feed) : [];
  if (dryRun) {
    for (const c of changes) io.out(formatChange(c, lang));
  }
  const summary = `${feedSummary(feed, lang)}; ${changeCounts(changes, lang)}${before ? ` (${lang === 'nl' ? 'tegenover' : 'against'} ${beforePath})` : ''}; ${result.errors} error(s), ${result.warnings} warning(s)`;
  if (result.errors && !flags.has('--force')) {
    io.out(summary);
    io.err(
      lang === 'nl'
        ? `${out ?? 'de feed'} is niet geschreven: ${result.errors} fout(en). Verbeter ze, of schrijf de feed zonder wat ze noemen met --force.`
        : `${out ?? 'the feed'} was not written: ${result.errors} error(s). Fix them, or write the feed without what they name with --force.`,
    );
    return 1;
  }
  if (!feed) {
    io.out(summary);
    return 1;
  }
  const text = feedJson(feed);
  // The last check: what is written passes `biebkit validate`.
  const check = parseFeed(text, { url: out });
  if (!check.ok || check.model.problems.some((p) => p.severity === 'error')) {
    io.err(`the feed made does not pass validation (${check.ok ? check.model.problems.find((p) => p.severity === 'error')!.message : check.error.message}); nothing written`);
    return 1;
  }
  if (dryRun) {
    io.out(`${summary}; ${lang === 'nl' ? 'niets geschreven (--dry-run)' : 'nothing written (--dry-run)'}`);
    return result.errors ? 1 : 0;
  }
  await writeAtomic(out!, text);
  io.out(`${out}: ${summary}`);
  return result.errors ? 1 : 0;
}
