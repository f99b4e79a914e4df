import type { HoursState } from '@biebkit/feed';

/** The glyph in each status mark, so status never depends on colour alone (with the mark's shape). */
export const GLYPHS: Record<HoursState, string> = { open: '✓', closed: '✕', unknown: '?', appointment: 'A' };
