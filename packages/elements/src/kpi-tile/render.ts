/**
 * The view of one KPI, shared by `<kpi-tile>` and `<kpi-tile-group>`. All numbers and words come from
 * `@biebkit/feed` (readKpi, formatKpiValue, formatKpiChange, ...); this file only lays them out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  formatKpiChange,
  formatKpiDifference,
  formatKpiValue,
  formatPeriod,
  formatShare,
  formatShortDate,
  kpiSeries,
  localize,
  parseDate,
  progressStatusLabel,
  summarizeKpiSeries,
  type Kpi,
  type KpiDelta,
  type KpiReading,
  type Lang,
  type ProgressStatus,
  type Text,
} from '@biebkit/feed';
import { translator } from '../shared/i18n.js';

export type KpiTileVariant = 'compact' | 'default' | 'chart';
export type KpiCompare = 'both' | 'previous' | 'year' | 'none';

export const t = translator({
  nl: {
    provisional: 'voorlopig',
    asOf: 'stand {date}',
    noMeasurement: 'Geen meting voor {period}.',
    latest: 'Laatste meting: {period}.',
    noData: 'Nog geen metingen.',
    unknownKpi: 'Er staat geen KPI met id “{id}” in deze feed.',
    noKpiAttr: 'Geef een kpi-attribuut op: het id van een KPI in de feed.',
    target: 'Doel {value} op {date}',
    ofWay: '{percent} van de weg',
    behindBy: '{amount} achter',
    showTable: 'Cijfers als tabel',
    period: 'Periode',
    value: 'Waarde',
    trendOf: 'Verloop van {label}',
    source: 'Bron: {source}',
    changes: 'Veranderingen',
    emptyGroup: 'Er staan geen KPI’s voor deze selectie in de feed.',
  },
  en: {
    provisional: 'provisional',
    asOf: 'as of {date}',
    noMeasurement: 'No measurement for {period}.',
    latest: 'Latest measurement: {period}.',
    noData: 'No measurements yet.',
    unknownKpi: 'There is no KPI with id “{id}” in this feed.',
    noKpiAttr: 'Give a kpi attribute: the id of a KPI in the feed.',
    target: 'Target {value} by {date}',
    ofWay: '{percent} of the way',
    behindBy: '{amount} behind',
    showTable: 'Figures as a table',
    period: 'Period',
    value: 'Value',
    trendOf: 'Trend of {label}',
    source: 'Source: {source}',
    changes: 'Changes',
    emptyGroup: 'The feed has no KPIs for this selection.',
  },
});

export interface KpiViewOptions {
  lang: Lang;
  variant: KpiTileVariant;
  compare: KpiCompare;
  showTarget: boolean;
  /** A unique prefix for ids inside the shadow root. */
  idPrefix: string;
}

export const STATUS_ICON: Record<ProgressStatus, string> = {
  reached: '✓',
  'on-track': '✓',
  behind: '!',
  missed: '✕',
  'no-data': '–',
};

function renderDelta(delta: KpiDelta, kpi: Kpi, o: KpiViewOptions): TemplateResult {
  const text = formatKpiChange(delta, kpi.unit, o.lang, { decimals: kpi.decimals });
  const tone = delta.good === undefined ? 'flat' : delta.good ? 'good' : 'bad';
  const compact = o.variant === 'compact';
  return html`<li class="delta ${tone}" part="delta delta-${tone}">
    <span class="arrow" aria-hidden="true">${text.arrow}</span>
    <span class="amount">${text.amount}</span>${!compact && text.absolute ? html` <span class="absolute">(${text.absolute})</span>` : nothing}
    <span class="versus">${text.versus}</span><span class="sep" aria-hidden="true"> · </span><span class="verdict">${text.verdict}</span>
  </li>`;
}

function renderTarget(reading: KpiReading, o: KpiViewOptions): TemplateResult | typeof nothing {
  const { kpi, progress } = reading;
  if (!kpi.target || !progress) return nothing;
  const opts = { decimals: kpi.decimals };
  const deadline = parseDate(kpi.target.deadline);
  const parts: string[] = [];
  if (progress.fraction !== undefined && progress.status !== 'reached') parts.push(t(o.lang, 'ofWay', { percent: formatShare(progress.fraction, o.lang) }));
  if (progress.status === 'behind' && progress.gap !== undefined) {
    parts.push(t(o.lang, 'behindBy', { amount: formatKpiDifference(progress.gap, kpi.unit, o.lang, opts) }));
  }
  return html`<p class="target status-${progress.status}" part="target">
    <span class="target-value">${t(o.lang, 'target', {
      value: formatKpiValue(kpi.target.value, kpi.unit, o.lang, opts),
      date: deadline ? formatShortDate(deadline, o.lang) : kpi.target.deadline,
    })}</span>
    <span class="badge" part="status"><span aria-hidden="true">${STATUS_ICON[progress.status]} </span>${progressStatusLabel(progress.status, o.lang)}</span>
    ${parts.length ? html`<span class="target-detail">${parts.join(' · ')}</span>` : nothing}
  </p>`;
}

let sparklineRequested = false;

function renderTrend(reading: KpiReading, label: string, o: KpiViewOptions): TemplateResult | typeof nothing {
  const { kpi, series } = reading;
  if (series.length < 2) return nothing;
  if (!sparklineRequested) {
    // The sparkline element (and, once on screen, chart.js) only for tiles that show one.
    sparklineRequested = true;
    void import('./sparkline-define.js');
  }
  const opts = { decimals: kpi.decimals };
  const periods = series.map((p) => formatPeriod(p.period.text, o.lang));
  return html`<div class="trend">
    <kpi-sparkline aria-hidden="true" part="sparkline" .values=${series.map((p) => p.value)} .labels=${periods}></kpi-sparkline>
    <p class="visually-hidden">${summarizeKpiSeries(series, kpi.unit, o.lang, opts)}</p>
    <details class="table-toggle" part="table-toggle">
      <summary>${t(o.lang, 'showTable')}</summary>
      <table part="table">
        <caption class="visually-hidden">${t(o.lang, 'trendOf', { label })}</caption>
        <thead>
          <tr><th scope="col">${t(o.lang, 'period')}</th><th scope="col">${t(o.lang, 'value')}</th></tr>
        </thead>
        <tbody>
          ${series.map(
            (p, i) => html`<tr>
              <th scope="row">${periods[i]}</th>
              <td>${formatKpiValue(p.value, kpi.unit, o.lang, opts)}${p.provisional ? html` <span class="provisional">(${t(o.lang, 'provisional')})</span>` : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </div>`;
}

/** A quiet line under the label or the value: the KPI's region, the measurement's note. */
const subline = (text: Text | undefined, o: KpiViewOptions) => (text ? html`<p class="period" part="note">${localize(text, o.lang)}</p>` : nothing);

/** One KPI as a tile: label, value and period, changes, target status, and with `chart` the trend. */
export function renderKpiTile(reading: KpiReading, o: KpiViewOptions): TemplateResult {
  const { kpi, point } = reading;
  const label = localize(kpi.label, o.lang);
  const labelId = `${o.idPrefix}-label`;
  const compact = o.variant === 'compact';
  const deltas: KpiDelta[] = [];
  if (o.compare === 'both' || o.compare === 'previous') if (reading.previous) deltas.push(reading.previous);
  if (o.compare === 'both' || o.compare === 'year') if (reading.yearAgo) deltas.push(reading.yearAgo);
  // A compact tile has room for one change: the first asked for (previous, else year-on-year).
  const shown = compact ? deltas.slice(0, 1) : deltas;
  const description = localize(kpi.description, o.lang);
  const source = localize(kpi.source, o.lang);

  let body: TemplateResult;
  if (!point) {
    const message = reading.missingPeriod
      ? t(o.lang, 'noMeasurement', { period: formatPeriod(reading.missingPeriod, o.lang) })
      : t(o.lang, 'noData');
    const latest = reading.missingPeriod ? kpiSeries(kpi).at(-1) : undefined;
    body = html`<p class="no-data" part="no-data">
      ${message}${latest ? html` ${t(o.lang, 'latest', { period: formatPeriod(latest.period.text, o.lang) })}` : nothing}
    </p>`;
  } else {
    // The measurement as written: its as-of date and note.
    const m = kpi.series.find((x) => x.period === point.period.text);
    body = html`<p class="reading">
        <span class="value" part="value">${formatKpiValue(point.value, kpi.unit, o.lang, { decimals: kpi.decimals })}</span>
        <span class="period" part="period-label">${formatPeriod(point.period.text, o.lang)}${point.provisional ? html` (${t(o.lang, 'provisional')})` : nothing}${m?.asOf ? `, ${t(o.lang, 'asOf', { date: formatShortDate(parseDate(m.asOf)!, o.lang) })}` : ''}</span>
      </p>
      ${subline(m?.note, o)}
      ${shown.length ? html`<ul class="deltas" aria-label=${t(o.lang, 'changes')}>${shown.map((d) => renderDelta(d, kpi, o))}</ul>` : nothing}
      ${o.showTarget ? renderTarget(reading, o) : nothing}
      ${o.variant === 'chart' ? renderTrend(reading, label, o) : nothing}`;
  }
  return html`<article class="tile ${o.variant}" part="tile" aria-labelledby=${labelId}>
    <p class="label" part="label" id=${labelId}>${label}</p>
    ${subline(kpi.scope?.region, o)}
    ${body}
    ${!compact && description ? html`<p class="description" part="description">${description}</p>` : nothing}
    ${!compact && source ? html`<p class="source" part="source">${t(o.lang, 'source', { source })}</p>` : nothing}
  </article>`;
}
