import { nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { dateOf, readKpi, type Feed } from '@biebkit/feed';
import { FeedElement } from '../shared/feed-element.js';
import { kpiTileStyles } from './kpi-tile.styles.js';
import { renderKpiTile, t, type KpiCompare, type KpiTileVariant } from './render.js';

let nextId = 0;

/**
 * One KPI of the feed at a glance (also one counted from the feed's activities): its label, the latest value with its unit and period in Dutch
 * formats (1.234 · 57% · € 1,2 mln · 38,5 uur), the change against the previous period and the same
 * period a year earlier (arrow, amount and the words "beter"/"slechter", coloured by whether the
 * direction is good for this KPI), and with `show-target` the target and whether it is on track.
 * `variant="chart"` adds a sparkline (chart.js, loaded only when on screen) with the same numbers as
 * text for screen readers and as a table behind a toggle.
 *
 * ```html
 * <kpi-tile src="/feed.json" kpi="bezoek-plein-1" show-target></kpi-tile>
 * ```
 *
 * @tagname kpi-tile
 * @summary A KPI: latest value, changes, target status and an optional sparkline.
 * @csspart tile - The tile (an `article`).
 * @csspart label - The KPI's label.
 * @csspart value - The value with its unit.
 * @csspart period-label - The period of the value ("2025", "Q3 2026"), with the date it was read when the feed gives one ("stand 1 jun 2027").
 * @csspart note - A quiet line: the region of a regional KPI (under the label), the measurement's note (under the value).
 * @csspart delta - Each change (also `delta-good`, `delta-bad`, `delta-flat`).
 * @csspart target - The target line (with `show-target`).
 * @csspart status - The status word of the target: reached, on track, behind, missed.
 * @csspart sparkline - The trend line (variant chart).
 * @csspart table-toggle - The `details` element with the table of the series.
 * @csspart table - The table of the series.
 * @csspart description - The KPI's description.
 * @csspart source - The KPI's source.
 * @csspart no-data - The message when there is no measurement for the period.
 * @csspart loading - The loading state. @csspart error - The feed error. @csspart notice - The unknown-KPI notice.
 * @cssprop [--kpi-tile-good-color] - Changes in the good direction, targets reached/on track. Falls back to `--biebkit-positive-color`, `--basis-color-positive-color-default`.
 * @cssprop [--kpi-tile-bad-color] - Changes in the bad direction, targets missed. Falls back to `--biebkit-negative-color`, `--basis-color-negative-color-default`.
 * @cssprop [--kpi-tile-warning-color] - Targets behind schedule. Falls back to `--biebkit-warning-color`, `--basis-color-warning-color-default`.
 * @cssprop [--kpi-tile-subtle-color] - Period, description, source. Falls back to `--biebkit-subtle-color`, `--basis-color-default-color-subtle`.
 * @cssprop [--kpi-tile-line-color] - The sparkline and the table toggle. Falls back to `--biebkit-accent-color`, `--basis-color-accent-1-color-default`.
 * @cssprop [--kpi-tile-border-color] - Tile border. Falls back to `--biebkit-border-color`, `--basis-color-default-border-subtle`.
 * @cssprop [--kpi-tile-border-width=1px] - Tile border width.
 * @cssprop [--kpi-tile-border-radius] - Falls back to `--biebkit-border-radius`, `--basis-border-radius-md`.
 * @cssprop [--kpi-tile-background=transparent] - Tile background.
 * @cssprop [--kpi-tile-padding] - Falls back to `--biebkit-space`, `--basis-space-block-md`.
 * @cssprop [--kpi-tile-value-font-size=2em] - Size of the value.
 * @cssprop [--kpi-tile-value-font-weight=700] - Weight of the value.
 * @cssprop [--kpi-tile-label-font-size=1em] - Size of the label.
 * @cssprop [--kpi-tile-label-font-weight=600] - Weight of the label.
 * @cssprop [--kpi-tile-min-height] - Space reserved while loading (9.5em; compact 6.5em; chart 15em).
 * @cssprop [--kpi-tile-sparkline-height=3.5rem] - Height of the sparkline.
 */
export class KpiTile extends FeedElement {
  static override styles = [...FeedElement.styles, kpiTileStyles];

  /** The id of the KPI in the feed. */
  @property({ reflect: true }) kpi?: string;

  /** `compact` (value and one change), `default`, or `chart` (with a sparkline and a table). */
  @property({ reflect: true }) variant: KpiTileVariant = 'default';

  /** Show the target and whether it is reached, on track or behind. */
  @property({ type: Boolean, reflect: true, attribute: 'show-target' }) showTarget = false;

  /** Show this period instead of the latest: `2025`, `2026-Q3`, `2026-09` or `2026-09-14`. */
  @property({ reflect: true }) period?: string;

  /** Which changes to show: `both` (default: previous period and a year earlier), `previous`, `year` or `none`. */
  @property({ reflect: true }) compare: KpiCompare = 'both';

  #id = `kt${++nextId}`;

  protected override renderFeed(feed: Feed): TemplateResult | typeof nothing {
    const lang = this.language;
    const id = this.kpi?.trim();
    if (!id) return this.renderNotice(t(lang, 'noKpiAttr'));
    const kpi = feed.kpis?.find((k) => k.id === id);
    if (!kpi) return this.renderNotice(t(lang, 'unknownKpi', { id }));
    const today = dateOf(this.nowMs());
    const reading = readKpi(kpi, { today, period: this.period });
    return renderKpiTile(reading, {
      lang,
      variant: normalizeVariant(this.variant),
      compare: normalizeCompare(this.compare),
      showTarget: this.showTarget,
      idPrefix: this.#id,
    });
  }
}

export function normalizeVariant(value: string | undefined): KpiTileVariant {
  return value === 'compact' || value === 'chart' ? value : 'default';
}

export function normalizeCompare(value: string | undefined): KpiCompare {
  return value === 'previous' || value === 'year' || value === 'none' ? value : 'both';
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-tile': KpiTile;
  }
}
