/**
 * The CDN files of a published site: the browser bundle as Vite built it, found through the build's manifest
 * (`.vite/manifest.json`) rather than by file name, so any layout of the build works, copied into a folder named
 * by a hash of all its content (`cdn/<hash>/`). What is in that folder never changes, so a host can cache it
 * for a year, and every snippet carries the Subresource Integrity hash of what it loads.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** A file of the site with its Subresource Integrity hash. */
export interface Pinned {
  /** Path in the site, such as `cdn/3f2a…/biebkit.js`. */
  path: string;
  /** `sha384-…` */
  integrity: string;
}

export interface CdnFiles {
  /** The content-hashed folder in the site: `cdn/<hash>`. */
  dir: string;
  /** Every file to write: path in the site → content. */
  files: Map<string, Buffer>;
  /** The bundle's entry (the one script tag). */
  entry: Pinned;
  /** Per element tag: the chunks that define it beyond the entry, to preload with integrity. */
  elements: Map<string, Pinned[]>;
  /** The embed pages' own files (`embed.js`, `embed.css`) and the host page's `resize.js`. */
  embed: { script: Pinned; style: Pinned; resize: Pinned };
}

export const sri = (content: Buffer | string): string => `sha384-${createHash('sha384').update(content).digest('base64')}`;

/** The default place of the build: `dist/` of the repository this package is in (after `npm run build`). */
function defaultBuildDirs(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const dist = resolve(here, '../../../dist');
  const dirs = [dist];
  // A versioned layout keeps the build one folder deeper (dist/<version>/).
  if (existsSync(dist)) for (const name of readdirSync(dist)) dirs.push(join(dist, name));
  return dirs;
}

/** Finds `.vite/manifest.json` in the given folder (or the default ones); its folder is the root of the file paths. */
export function findManifest(cdnDir?: string): string {
  const candidates = cdnDir ? [resolve(cdnDir), resolve(cdnDir, '..')] : defaultBuildDirs();
  for (const dir of candidates) {
    const path = dir.endsWith('manifest.json') ? dir : join(dir, '.vite', 'manifest.json');
    if (existsSync(path)) return path;
  }
  throw new Error(
    cdnDir
      ? `no Vite manifest (.vite/manifest.json) in ${cdnDir}: give the folder of the browser build`
      : 'the browser bundle is not built (no dist/.vite/manifest.json): run `npm run build`, or give --cdn-dir',
  );
}

/**
 * Which manifest entry defines each tag. The build writes `.vite/elements.json` (tag → chunk file; one chunk may
 * define several tags, as the KPI family does); a build without it is read by the convention that each element
 * folder's define module defines the tag of the same name (docs/CONTRIBUTING.md).
 */
function definingChunks(manifestPath: string, manifest: Manifest): Map<string, string> {
  const found = new Map<string, string>();
  const listed = join(dirname(manifestPath), 'elements.json');
  if (existsSync(listed)) {
    const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
    for (const [tag, file] of Object.entries(JSON.parse(readFileSync(listed, 'utf8')) as Record<string, string>)) {
      const key = byFile.get(file);
      if (key) found.set(tag, key);
    }
    return found;
  }
  for (const [key, chunk] of Object.entries(manifest)) {
    const tag = /\/([a-z][a-z0-9]*-[a-z0-9-]+)\/define\.ts$/.exec(chunk.src ?? key)?.[1];
    if (tag) found.set(tag, key);
  }
  return found;
}

/** Reads the build and the embed files and lays them out in their content-hashed folder. */
export function cdnFiles(cdnDir?: string): CdnFiles {
  const manifestPath = findManifest(cdnDir);
  const root = dirname(dirname(manifestPath));
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error(`${manifestPath}: no entry`);

  const built = new Set<string>();
  for (const chunk of Object.values(manifest)) for (const f of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) built.add(f);
  const sources = new Map<string, Buffer>();
  for (const f of [...built].sort()) sources.set(f, readFileSync(join(root, f)));
  const assets = fileURLToPath(new URL('../assets/', import.meta.url));
  for (const name of ['embed.js', 'embed.css', 'resize.js']) sources.set(`embed/${name}`, readFileSync(join(assets, name)));

  const hash = createHash('sha256');
  for (const [f, content] of sources) hash.update(f).update('\0').update(content).update('\0');
  const dir = `cdn/${hash.digest('hex').slice(0, 12)}`;
  const files = new Map<string, Buffer>();
  for (const [f, content] of sources) files.set(`${dir}/${f}`, content);
  const pin = (f: string): Pinned => ({ path: `${dir}/${f}`, integrity: sri(sources.get(f)!) });

  // What a manifest entry loads statically, itself included.
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const dep of chunk.imports ?? []) closure(dep, seen);
    return seen;
  };
  const initial = closure(entryKey);
  const elements = new Map<string, Pinned[]>();
  for (const [tag, key] of definingChunks(manifestPath, manifest)) {
    if (manifest[key]!.file === manifest[entryKey]!.file) continue; // defined by the entry itself (<library-feed>)
    elements.set(tag, [...closure(key)].filter((f) => !initial.has(f)).map(pin));
  }
  return {
    dir,
    files,
    entry: pin(manifest[entryKey]!.file),
    elements,
    embed: { script: pin('embed/embed.js'), style: pin('embed/embed.css'), resize: pin('embed/resize.js') },
  };
}

/** A path in the site as seen from another file of the site (both relative to the site's root). */
export function relativeUrl(from: string, to: string): string {
  const rel = relative(dirname(`/${from}`), `/${to}`).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}
