/** The `biebkit` command line: `biebkit validate <file-or-url>`. Node only. */
import { parseFeed } from './validate.js';
import type { FeedProblem } from './types.js';

const USAGE = `Usage: biebkit validate <file-or-url> [--json] [--quiet]

Checks a Biebkit feed against the feed schema (version 1) and Biebkit's own checks, and prints every
problem with its JSON Pointer. Exit code: 0 valid (warnings allowed), 1 errors, 2 usage.`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => Promise<string>;
  fetchText: (url: string) => Promise<string>;
}

async function defaultIo(): Promise<Io> {
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

/** Runs the CLI; returns the exit code. */
export async function main(args: string[], io?: Io): Promise<number> {
  const sys = io ?? (await defaultIo());
  const [command, target, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    sys.out(USAGE);
    return 0;
  }
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
  const problems: FeedProblem[] = result.ok ? result.model.problems : result.error.problems ?? [];
  if (json) {
    sys.out(JSON.stringify(result.ok ? { ok: true, problems } : { ok: false, error: result.error }, null, 2));
  } else if (!result.ok) {
    sys.err(`${target}: not usable: ${result.error.message}`);
  } else {
    for (const p of problems) {
      if (quiet && p.severity === 'warning') continue;
      sys.out(`${p.severity === 'error' ? 'error  ' : 'warning'} ${p.path || '/'}  ${p.message}`);
    }
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const f = result.model.feed;
    sys.out(
      `${target}: ${errors} error(s), ${warnings} warning(s); ${f.branches?.length ?? 0} branches, ${f.kpis?.length ?? 0} KPIs, ` +
        `${f.goals?.length ?? 0} goals, ${f.activities?.length ?? 0} activities kept`,
    );
  }
  if (!result.ok) return 1;
  return result.model.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
