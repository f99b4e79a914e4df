import type { Plugin } from 'vite';
/** Resolves `<package>/<file>.css?text` imports to the stylesheet's minified text, without url() declarations. */
export function cssText(): Plugin;
export function cssTextOf(specifier: string): string;
export function inlineCssTextImports(dir: string): number;
