/**
 * Writing a published site without ever leaving it half-done and without touching what is not ours.
 *
 * Everything is written to a staging folder beside the output folder first (same disk, so a rename is
 * atomic). Only when all of it is there does it move in: a new output folder as one rename; into an existing
 * one file by file (each file is replaced atomically; the content-hashed CDN files, feeds and calendars
 * before the pages that refer to them, the record last). The record (`site.json`) lists every file publish
 * wrote; files publish wrote before and no longer writes are removed, anything else in the folder never is,
 * and a file publish did not write is never overwritten: publishing stops before anything moves.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';

/** The record's file name in the output folder. */
export const RECORD = 'site.json';
export const GENERATOR = 'biebkit publish';

/** What the record says about the files of the last publish: path → sha256 (hex) of the content. */
export interface PreviousRecord {
  files: Record<string, string>;
  sequences?: Record<string, { sequence: number; fingerprint: string }>;
}

/** The record of the last publish in `outDir`, if the folder has one of ours. */
export function readRecord(outDir: string): PreviousRecord | undefined {
  const path = join(outDir, RECORD);
  if (!existsSync(path)) return undefined;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { generator?: string } & PreviousRecord;
    return data.generator === GENERATOR && data.files && typeof data.files === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

export const sha256 = (content: Buffer | string): string => createHash('sha256').update(content).digest('hex');

/** Paths must stay inside the output folder: no `..`, no absolute paths. */
function checkPath(path: string): void {
  if (!path || path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    throw new Error(`refusing to write outside the output folder: ${path}`);
  }
}

/** The order of moving in: what pages refer to first, pages after, the record last. */
function rank(path: string): number {
  if (path.startsWith('cdn/')) return 0;
  if (path.endsWith('.json') || path.endsWith('.ics')) return path === RECORD ? 3 : 1;
  return 2;
}

export class OutputConflict extends Error {}

/**
 * A site being written: files go to the staging folder as they are made (`write`), and move into the output
 * folder only on `commit`. `abort` (or a failed commit) leaves the output folder as it was.
 */
export class SiteWriter {
  readonly out: string;
  readonly previous?: PreviousRecord;
  readonly #staging: string;
  readonly #hashes = new Map<string, string>();
  readonly #folders = new Set<string>();
  /** Writes under way (the disk works while the next page renders), and the first that failed. */
  readonly #pending = new Set<Promise<void>>();
  #failure?: unknown;
  #done = false;

  constructor(outDir: string) {
    this.out = resolve(outDir);
    if (existsSync(this.out) && !statSync(this.out).isDirectory()) throw new OutputConflict(`${outDir} is a file, not a folder`);
    this.previous = readRecord(this.out);
    const parent = dirname(this.out);
    mkdirSync(parent, { recursive: true });
    this.#staging = mkdtempSync(join(parent, `.${basename(this.out)}.publish-`));
  }

  /** Files written so far. */
  get size(): number {
    return this.#hashes.size;
  }

  /** Writes a file to the staging folder; resolves when few enough writes are still under way. */
  async write(path: string, content: Buffer | string): Promise<void> {
    checkPath(path);
    if (path === RECORD) throw new Error(`${RECORD} is the record of what publish wrote`);
    if (this.#hashes.has(path)) throw new Error(`written twice: ${path}`);
    const target = join(this.#staging, path);
    const folder = dirname(target);
    if (!this.#folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.#folders.add(folder);
    }
    this.#hashes.set(path, sha256(content));
    const done: Promise<void> = writeFile(target, content).then(
      () => void this.#pending.delete(done),
      (error: unknown) => {
        this.#failure ??= error;
        this.#pending.delete(done);
      },
    );
    this.#pending.add(done);
    if (this.#pending.size >= 32) await Promise.race(this.#pending);
  }

  /**
   * Moves everything in, with the record made by `record(hashes)` last. Refuses, with nothing moved, when a
   * file to write exists in the output folder and the last publish did not write it.
   */
  async commit(record: (hashes: Record<string, string>) => string): Promise<{ removed: string[] }> {
    try {
      await Promise.all(this.#pending);
      if (this.#failure) throw this.#failure;
      const ours = new Set([...Object.keys(this.previous?.files ?? {}), ...(this.previous ? [RECORD] : [])]);
      const paths = [...this.#hashes.keys(), RECORD];
      const conflicts = paths.filter((path) => existsSync(join(this.out, path)) && !ours.has(path));
      if (conflicts.length) {
        throw new OutputConflict(
          `${this.out} holds files that biebkit publish did not write and would overwrite: ${conflicts.slice(0, 5).join(', ')}` +
            `${conflicts.length > 5 ? ` and ${conflicts.length - 5} more` : ''}. Nothing was written; move them, or publish into another folder.`,
        );
      }
      const hashes = Object.fromEntries([...this.#hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
      writeFileSync(join(this.#staging, RECORD), record(hashes));
      if (!existsSync(this.out)) {
        renameSync(this.#staging, this.out);
        return { removed: [] };
      }
      const order = paths.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
      for (const path of order) {
        const target = join(this.out, path);
        mkdirSync(dirname(target), { recursive: true });
        if (existsSync(target) && lstatSync(target).isDirectory()) throw new OutputConflict(`${target} is a folder`);
        renameSync(join(this.#staging, path), target);
      }
      const removed: string[] = [];
      for (const path of ours) {
        if (this.#hashes.has(path) || path === RECORD) continue;
        const target = join(this.out, path);
        if (existsSync(target) && lstatSync(target).isFile()) {
          unlinkSync(target);
          removed.push(path);
          removeEmptyParents(dirname(target), this.out);
        }
      }
      return { removed: removed.sort() };
    } finally {
      await this.abort();
    }
  }

  /** Drops the staging folder (after a commit, whatever is left of it), once no write is under way. */
  async abort(): Promise<void> {
    if (this.#done) return;
    this.#done = true;
    await Promise.all(this.#pending);
    rmSync(this.#staging, { recursive: true, force: true });
  }
}

/** Removes folders left empty by removing old files, up to (not including) the output folder. */
function removeEmptyParents(dir: string, root: string): void {
  let current = dir;
  while (current.startsWith(root + sep) && existsSync(current) && readdirSync(current).length === 0) {
    rmdirSync(current);
    current = dirname(current);
  }
}
