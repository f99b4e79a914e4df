import type { Plugin } from 'vite';
/** Minifies CSS in css`` templates and collapses line-break white space in html``/svg`` templates. */
export function minifyLitCss(): Plugin;
export function minifyCss(text: string): string;
export function collapseTemplateWhitespace(code: string): string;
