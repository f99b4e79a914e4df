import type { Lang, Occurrence } from '@biebkit/feed';

/** What every view needs from the element. */
export interface ViewContext {
  lang: Lang;
  nowMs: number;
  /** aria-level of day headings (the `heading-level` attribute). */
  headingLevel: number;
  /** Opens the detail dialog of an occurrence; focus returns to `trigger` when it closes. */
  open(occurrence: Occurrence, trigger: HTMLElement): void;
  /** The address of an activity's image if the page allows it to load (the `images` attribute), else undefined. */
  imageUrl?(url: string): string | undefined;
}
