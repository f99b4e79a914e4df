/** The `biebkit publish` command line (called by `biebkit` from @biebkit/feed). Node only. */
import type { CliIo } from '@biebkit/feed/cli';

const USAGE = `Usage: biebkit publish <feed.json | URL> --out <folder> [--base-url https://…] [--cdn-dir <dist>] [--now <ISO time>] [--lang nl,en]

Writes a folder for any static web host or CDN: the validated feed and one per municipality, prerendered HTML of
every element view (nl and en), iframe embed pages, subscribable calendars (.ics), the CDN bundle with integrity
hashes, index.html with every snippet, and site.json (which also records what publish wrote: files it did not
write are never removed or overwritten). A feed with errors is refused and nothing is written.

  --out        the folder to write (made if missing)
  --base-url   the address the folder will be served at; without it addresses are relative
  --cdn-dir    the browser build to publish (the folder with .vite/manifest.json; default: this repository's dist/)
  --now        publish as of this instant (default: now); time-dependent text says when it was made
  --lang       languages (default nl,en)
Exit code: 0 published (warnings allowed), 1 refused or failed, 2 usage.`;

function options(args: string[]): { target?: string; flags: Map<string, string>; bad?: string } {
  const flags = new Map<string, string>();
  let target: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') flags.set('help', '');
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!['out', 'base-url', 'cdn-dir', 'now', 'lang'].includes(name)) return { flags, bad: `unknown option ${arg}` };
      const value = inline ?? args[++i];
      if (value === undefined) return { flags, bad: `${arg} needs a value` };
      flags.set(name, value);
    } else if (arg === '-o') {
      const value = args[++i];
      if (value === undefined) return { flags, bad: '-o needs a value' };
      flags.set('out', value);
    } else if (target === undefined) target = arg;
    else return { flags, bad: `one feed at a time (${arg})` };
  }
  return { target, flags };
}

/** Runs `biebkit publish …` (args start after the command name); returns the exit code. */
export async function main(_command: string, args: string[], io: CliIo): Promise<number> {
  const { target, flags, bad } = options(args);
  if (flags.has('help')) {
    io.out(USAGE);
    return 0;
  }
  if (bad || !target || !flags.get('out')) {
    io.err(bad ? `biebkit publish: ${bad}\n\n${USAGE}` : USAGE);
    return 2;
  }
  let now: number | undefined;
  if (flags.has('now')) {
    // The elements' own reading of a `now` attribute: ISO with an offset, or Amsterdam time without.
    const { parseNow } = await import('@biebkit/elements/shared/feed-element');
    now = parseNow(flags.get('now')!);
    if (now === undefined) {
      io.err(`biebkit publish: --now ${flags.get('now')} is not a date-time (such as 2026-12-03T14:05)`);
      return 2;
    }
  }
  const langs = flags.get('lang')?.split(',').map((l) => l.trim());
  if (langs && (!langs.length || langs.some((l) => l !== 'nl' && l !== 'en'))) {
    io.err('biebkit publish: --lang takes nl, en or nl,en');
    return 2;
  }
  let text: string;
  try {
    text = /^https?:\/\//i.test(target) ? await io.fetchText(target) : await io.readFile(target);
  } catch (e) {
    io.err(`${target}: cannot read: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const { publish } = await import('./index.js');
  const started = Date.now();
  let result: Awaited<ReturnType<typeof publish>>;
  try {
    result = await publish({
      feedText: text,
      source: target,
      outDir: flags.get('out')!,
      baseUrl: flags.get('base-url'),
      cdnDir: flags.get('cdn-dir'),
      now,
      langs: langs as ('nl' | 'en')[] | undefined,
    });
  } catch (e) {
    io.err(`biebkit publish: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  if (!result.ok) {
    result.report.out.forEach((line) => io.out(line));
    result.report.err.forEach((line) => io.err(line));
    io.err(`biebkit publish: refused: the feed has errors (the same as biebkit validate shows). Nothing was written.`);
    return 1;
  }
  for (const warning of result.warnings) io.err(`warning: ${warning}`);
  const r = result.record;
  const scopes = new Set(r.views.map((v) => v.scope)).size;
  io.out(
    `${result.outDir}: ${result.written} files (${r.views.length} prerendered views in ${scopes} scopes, ${r.embeds.length} iframe pages, ` +
      `${r.calendars.length} calendars, ${r.feeds.length} feeds)${result.removed.length ? `; removed ${result.removed.length} files of the last publish` : ''} ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s. Start at index.html.`,
  );
  return 0;
}
