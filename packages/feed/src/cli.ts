/**
 * The `biebkit` command line. `validate` lives here; `import`, `export`, `template` come from @biebkit/import and
 * `publish` from @biebkit/publish, loaded only when asked for (so validating needs neither). Node only.
 */
import { parseFeed } from './validate.js';
import type { FeedProblem, ParseResult } from './types.js';

const USAGE = `Usage: biebkit validate <file-or-url> [--json] [--quiet]
       biebkit template [--org "Naam"] -o biebkit.xlsx             (@biebkit/import)
       biebkit import <file…> [--into feed.json] -o feed.json [--dry-run]
       biebkit export feed.json -o biebkit.xlsx
       biebkit publish feed.json --out site/ [--base-url https://…]  (@biebkit/publish)

Checks a Biebkit feed against the feed schema (version 1) and Biebkit's own checks, and prints every
problem with its JSON Pointer. Exit code: 0 valid (warnings allowed), 1 errors, 2 usage.`;

/** What the CLI may touch: tests pass their own. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => Promise<string>;
  fetchText: (url: string) => Promise<string>;
}

async function defaultIo(): Promise<CliIo> {
  const fs = await import('node:fs/promises');
  return {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
    readFile: (p) => fs.readFile(p, 'utf8'),
    fetchText: async (url) => {
      const res = await fetch(url, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
      return res.text();
    },
  };
}

/** Subcommands that live in their own package, so that `validate` loads none of their parsers. */
const DELEGATES: Record<string, string> = {
  import: '@biebkit/import/cli',
  export: '@biebkit/import/cli',
  template: '@biebkit/import/cli',
  publish: '@biebkit/publish/cli',
};

interface DelegateModule {
  main(command: string, args: string[], io: CliIo): Promise<number>;
}

async function runDelegate(specifier: string, command: string, args: string[], io: CliIo): Promise<number> {
  let mod: DelegateModule;
  try {
    mod = (await import(/* @vite-ignore */ specifier)) as DelegateModule;
  } catch (e) {
    const pkg = specifier.replace(/\/cli$/, '');
    io.err(`biebkit ${command}: needs ${pkg} (npm install ${pkg}): ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  return mod.main(command, args, io);
}

/** Runs the CLI; returns the exit code. */
export async function main(args: string[], io?: CliIo): Promise<number> {
  const sys = io ?? (await defaultIo());
  const [command, target, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    sys.out(USAGE);
    return 0;
  }
  const delegate = DELEGATES[command ?? ''];
  if (delegate) return runDelegate(delegate, command!, args.slice(1), sys);
  if (command !== 'validate' || !target) {
    sys.err(USAGE);
    return 2;
  }
  const json = rest.includes('--json');
  const quiet = rest.includes('--quiet');
  const isUrl = /^https?:\/\//i.test(target);
  let text: string;
  try {
    text = isUrl ? await sys.fetchText(target) : await sys.readFile(target);
  } catch (e) {
    sys.err(`${target}: cannot read: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const result = parseFeed(text, { url: target });
  if (json) {
    const problems: FeedProblem[] = result.ok ? result.model.problems : result.error.problems ?? [];
    sys.out(JSON.stringify(result.ok ? { ok: true, problems } : { ok: false, error: result.error }, null, 2));
    return feedHasErrors(result) ? 1 : 0;
  }
  const report = validationReport(target, result, quiet);
  report.out.forEach((line) => sys.out(line));
  report.err.forEach((line) => sys.err(line));
  return report.ok ? 0 : 1;
}

/** A feed that cannot be used, or that lost items to errors (warnings are allowed). */
export function feedHasErrors(result: ParseResult): boolean {
  return !result.ok || result.model.problems.some((p) => p.severity === 'error');
}

/**
 * What `biebkit validate` prints about a feed: every problem with its JSON Pointer and a summary, or why it is
 * not usable at all. `biebkit publish` refuses a feed with the same words.
 */
export function validationReport(target: string, result: ParseResult, quiet = false): { ok: boolean; out: string[]; err: string[] } {
  if (!result.ok) return { ok: false, out: [], err: [`${target}: not usable: ${result.error.message}`] };
  const out: string[] = [];
  const problems = result.model.problems;
  for (const p of problems) {
    if (quiet && p.severity === 'warning') continue;
    out.push(`${p.severity === 'error' ? 'error  ' : 'warning'} ${p.path || '/'}  ${p.message}`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const f = result.model.feed;
  out.push(
    `${target}: ${errors} error(s), ${warnings} warning(s); ${f.branches?.length ?? 0} branches, ${f.kpis?.length ?? 0} KPIs, ` +
      `${f.goals?.length ?? 0} goals, ${f.activities?.length ?? 0} activities kept`,
  );
  return { ok: errors === 0, out, err: [] };
}
