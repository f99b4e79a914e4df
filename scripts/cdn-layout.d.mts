import type { Plugin } from 'vite';
/** @biebkit/elements' version, which names the CDN folder. */
export const CDN_VERSION: string;
/** The versioned folder inside dist/, such as `biebkit@0.1.0`. */
export const CDN_DIR: string;
export function chunkFileName(chunk: { facadeModuleId?: string | null; name: string }): string;
export function cdnLayout(): Plugin;
