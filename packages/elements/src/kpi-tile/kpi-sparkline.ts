import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Sparkline, SparklineData } from './sparkline-chart.js';

let chartModule: Promise<typeof import('./sparkline-chart.js')> | undefined;
/** The chart.js chunk, imported once, the first time a sparkline is on screen. */
function loadChart() {
  chartModule ??= import('./sparkline-chart.js');
  return chartModule;
}

/** `rgb(r, g, b)` → `rgba(r, g, b, alpha)`; other forms are returned as they are. */
function withAlpha(color: string, alpha: number): string {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${alpha})` : color;
}

/**
 * A decorative trend line for `<kpi-tile>` (hidden from screen readers: the tile gives the numbers as
 * text and as a table). Loads chart.js only when it scrolls into view, follows its container's size
 * with its own ResizeObserver, does not animate under prefers-reduced-motion, and destroys the chart
 * when it leaves the page. The line takes the element's CSS `color`.
 *
 * @summary Lazy chart.js sparkline (internal to kpi-tile).
 * @cssprop [--kpi-tile-sparkline-height=3.5rem] - Height of the sparkline.
 */
export class KpiSparkline extends LitElement {
  static override styles = css`
    :host {
      display: block;
      block-size: var(--kpi-tile-sparkline-height, 3.5rem);
      min-inline-size: 0;
    }
    .box {
      position: relative;
      inline-size: 100%;
      block-size: 100%;
      overflow: hidden;
    }
    canvas {
      position: absolute;
      inset: 0;
    }
  `;

  /** The values, oldest first. */
  @property({ attribute: false }) values: number[] = [];
  /** One label per value (the periods). */
  @property({ attribute: false }) labels: string[] = [];

  #chart?: Sparkline;
  #visible = false;
  #resize?: ResizeObserver;
  #intersect?: IntersectionObserver;

  /** The chart, once drawn (for tests and tools). */
  get chart(): Sparkline['chart'] | undefined {
    return this.#chart?.chart;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#intersect = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.#visible = true;
        this.#intersect?.disconnect();
        this.#intersect = undefined;
        void this.#draw();
      }
    });
    this.#intersect.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#intersect?.disconnect();
    this.#intersect = undefined;
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#chart?.destroy();
    this.#chart = undefined;
    this.#visible = false;
  }

  protected override render() {
    return html`<div class="box"><canvas></canvas></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('values') && !changed.has('labels')) return;
    if (this.#chart) this.#chart.update(this.#data());
    else if (this.#visible) void this.#draw();
  }

  #data(): SparklineData {
    const color = getComputedStyle(this).color || 'rgb(26, 95, 180)';
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const forced = matchMedia('(forced-colors: active)').matches;
    return { labels: this.labels, values: this.values, color, fill: forced ? undefined : withAlpha(color, 0.12), still };
  }

  async #draw(): Promise<void> {
    if (this.#chart || this.values.length < 2) return;
    const { createSparkline } = await loadChart();
    await this.updateComplete;
    const canvas = this.renderRoot.querySelector('canvas');
    const box = this.renderRoot.querySelector<HTMLElement>('.box');
    // Left the page (or drawn by a concurrent call) while the chunk loaded.
    if (!this.isConnected || !this.#visible || this.#chart || !canvas || !box) return;
    this.#chart = createSparkline(canvas, this.#data());
    this.#chart.resize(box.clientWidth, box.clientHeight);
    this.#resize = new ResizeObserver(() => {
      if (box.clientWidth > 0 && box.clientHeight > 0) this.#chart?.resize(box.clientWidth, box.clientHeight);
    });
    this.#resize.observe(box);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-sparkline': KpiSparkline;
  }
}
