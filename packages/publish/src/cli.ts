/** The `biebkit publish` command line (called by `biebkit` from @biebkit/feed). Node only. */
import type { CliIo } from '@biebkit/feed/cli';

/** Runs `biebkit publish …` (args start after the command name); returns the exit code. */
export async function main(_command: string, _args: string[], io: CliIo): Promise<number> {
  io.err('biebkit publish: not built yet');
  return 2;
}
