import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { dateOf, levelLabel, readKpi, themeLabel, type Feed, type Kpi, type Theme } from '@biebkit/feed';
import { FeedElement } from '../shared/feed-element.js';
import { kpiTileStyles } from '../kpi-tile/kpi-tile.styles.js';
import { renderKpiTile, t, type KpiCompare, type KpiTileVariant } from '../kpi-tile/render.js';
import { normalizeCompare, normalizeVariant } from '../kpi-tile/kpi-tile.js';

let nextId = 0;

/**
 * All KPIs of a convenant task (`theme`) and/or a level (`level`: output, outcome, impact) as tiles in
 * a responsive grid: as many columns as fit, one on a phone. Each tile is the same as a `<kpi-tile>`,
 * and takes the same attributes. Without `theme` and `level` it shows every KPI of the feed.
 *
 * ```html
 * <kpi-tile-group src="/feed.json" theme="literate-society" show-target></kpi-tile-group>
 * ```
 *
 * @tagname kpi-tile-group
 * @summary A grid of KPI tiles for one theme or level.
 * @csspart grid - The list of tiles.
 * @csspart tile - Each tile; all parts of `<kpi-tile>` are here too (label, value, period, note, delta, target, status, sparkline, table-toggle, table).
 * @csspart notice - When no KPI matches.
 * @cssprop [--kpi-tile-group-min-width=16rem] - The narrowest a tile gets before the grid drops a column.
 * @cssprop [--kpi-tile-group-gap] - Space between tiles. Falls back to `--biebkit-space`, `--basis-space-block-md`.
 * @cssprop [--kpi-tile-good-color] - And every other `--kpi-tile-*` property, as on `<kpi-tile>`.
 */
export class KpiTileGroup extends FeedElement {
  static override styles = [
    ...FeedElement.styles,
    kpiTileStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--kpi-tile-group-min-width, 16rem)), 1fr));
        gap: var(--kpi-tile-group-gap, var(--_bk-space));
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .grid > li {
        min-inline-size: 0;
      }
    `,
  ];

  /** Only KPIs of this convenant task: literate-society, information-society, lifelong-development, robust-library. */
  @property({ reflect: true }) theme?: Theme;

  /** Only KPIs of this level: output, outcome or impact. */
  @property({ reflect: true }) level?: Kpi['level'];

  /** `compact`, `default` or `chart`, for every tile. */
  @property({ reflect: true }) variant: KpiTileVariant = 'default';

  /** Show each KPI's target and status. */
  @property({ type: Boolean, reflect: true, attribute: 'show-target' }) showTarget = false;

  /** Show this period instead of each KPI's latest. */
  @property({ reflect: true }) period?: string;

  /** `both` (default), `previous`, `year` or `none`. */
  @property({ reflect: true }) compare: KpiCompare = 'both';

  #id = `ktg${++nextId}`;

  protected override renderFeed(feed: Feed): TemplateResult | typeof nothing {
    const lang = this.language;
    const theme = this.theme?.trim();
    const level = this.level?.trim();
    const kpis = (feed.kpis ?? []).filter((k) => (!theme || k.theme === theme) && (!level || k.level === level));
    if (!kpis.length) return this.renderNotice(t(lang, 'emptyGroup'));
    const today = dateOf(this.nowMs());
    const name = [theme ? themeLabel(theme as Theme, lang) : '', level ? levelLabel(level as Kpi['level'], lang) : ''].filter(Boolean).join(' · ');
    const options = {
      lang,
      variant: normalizeVariant(this.variant),
      compare: normalizeCompare(this.compare),
      showTarget: this.showTarget,
    };
    return html`<ul class="grid" part="grid" aria-label=${name || nothing}>
      ${kpis.map(
        (kpi, i) => html`<li>${renderKpiTile(readKpi(kpi, { today, period: this.period }), { ...options, idPrefix: `${this.#id}-${i}` })}</li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-tile-group': KpiTileGroup;
  }
}
