/** The agenda: upcoming occurrences under day headings, paged. */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { dateOf, dayLabel, formatClock, formatPrice, groupByDay, localize, safeUrl, type Occurrence } from '@biebkit/feed';
import { audienceLabel, t, themeName } from './i18n.js';
import type { ViewContext } from './view-context.js';
import { placesBadge } from './detail-extra.js';

/** "13:30–15:00", "20:00", or "Hele dag". */
export function timeText(o: Occurrence, ctx: ViewContext): string {
  if (o.allDay || o.startMinute === undefined) return t(ctx.lang, 'allDay');
  return o.endMinute !== undefined && o.endMs! - o.startMs < 86_400_000
    ? `${formatClock(o.startMinute)}–${formatClock(o.endMinute)}`
    : formatClock(o.startMinute);
}

/** The status badges of an occurrence: bezig, cancelled, changed, full. */
export function badges(o: Occurrence, ctx: ViewContext): TemplateResult {
  const { lang } = ctx;
  return html`${o.past ? html`<span class="badge past" part="badge badge-past">${t(lang, 'past')}</span>` : nothing}${
    o.inProgress && o.status !== 'cancelled' ? html`<span class="badge now" part="badge badge-now">${t(lang, 'inProgress')}</span>` : nothing}${
    o.status === 'cancelled' ? html`<span class="badge cancelled" part="badge badge-cancelled">${t(lang, 'cancelled')}</span>` : nothing
  }${o.status === 'moved' ? html`<span class="badge moved" part="badge badge-moved">${t(lang, 'moved')}</span>` : nothing}${
    o.activity.registration?.full || o.activity.registration?.placesLeft === 0 ? html`<span class="badge full" part="badge badge-full">${t(lang, 'full')}</span>` : nothing
  }${placesBadge(o, ctx)}`;
}

/** One occurrence in a list: time, title (opens the details), place, labels, status, price, link. */
export function renderItem(o: Occurrence, ctx: ViewContext, index?: number): TemplateResult {
  const { lang } = ctx;
  const a = o.activity;
  const title = localize(a.title, lang);
  const place = o.branch ? localize(o.branch.name, lang) : a.location ? localize(a.location.name, lang) : '';
  const labels = [...(a.audiences ?? []).map((x) => audienceLabel(x, lang)), ...(a.theme ? [themeName(a.theme, lang)] : [])];
  const url = safeUrl(a.url);
  return html`<li class="item ${o.status}${o.past ? ' past' : ''}" part="item" data-key=${o.key} data-index=${index ?? -1}>
    <span class="time">${timeText(o, ctx)}</span>
    <span class="body">
      <button type="button" class="title" part="title" @click=${(e: Event) => ctx.open(o, e.currentTarget as HTMLElement)} ?disabled=${isServer}>${title}</button>
      ${badges(o, ctx)}
      ${o.status !== 'scheduled' && a.statusNote ? html`<span class="note">${localize(a.statusNote, lang)}</span>` : nothing}
      <span class="meta">
        ${place ? html`<span>${place}</span>` : nothing}
        ${a.price ? html`<span>${formatPrice(a.price.amount, lang)}</span>` : nothing}
        ${labels.map((l) => html`<span class="label" part="label">${l}</span>`)}
      </span>
      ${url ? html`<a class="link" href=${url} part="link">${t(lang, 'info')}<span class="visually-hidden"> ${t(lang, 'infoAbout', { title })}</span></a>` : nothing}
    </span>
  </li>`;
}

/** A list of occurrences grouped under day headings. */
export function renderDays(occurrences: readonly Occurrence[], ctx: ViewContext, startIndex = 0): TemplateResult {
  let index = startIndex;
  return html`${groupByDay(occurrences, dateOf(ctx.nowMs)).map(
    (g) => html`<section class="day" part="day" aria-labelledby="day-${g.iso}">
      <div role="heading" aria-level=${ctx.headingLevel} id="day-${g.iso}" class="day-heading" part="day-heading">${dayLabel(g.date, ctx.nowMs, ctx.lang)}</div>
      <ol class="items" role="list">
        ${g.occurrences.map((o) => renderItem(o, ctx, index++))}
      </ol>
    </section>`,
  )}`;
}

/**
 * The agenda view: the first `shown` occurrences, and a button for the next page. Only what is shown
 * is rendered, so 10,000 activities cost one page of DOM.
 */
export function renderAgenda(all: readonly Occurrence[], shown: number, ctx: ViewContext, onMore: () => void): TemplateResult {
  const visible = all.slice(0, shown);
  return html`<div class="agenda" part="agenda">
    ${renderDays(visible, ctx)}
    ${all.length > shown
      ? html`<p class="more">
          <button type="button" part="more-button" @click=${onMore} ?disabled=${isServer}>${t(ctx.lang, 'more')}</button>
          <span class="subtle">${t(ctx.lang, 'shown', { shown: visible.length, total: all.length })}</span>
        </p>`
      : nothing}
  </div>`;
}
