/**
 * The details of one occurrence in a modal <dialog> (focus moves in, Escape closes, focus returns to
 * the title that opened it): when, where (address and that branch's opening hours that day), status,
 * price, the full description as plain text, registration and information links, "Zet in mijn agenda".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { BranchHours, describeDay, formatDate, formatPrice, layerLabel, localize, safeUrl, type Feed, type Occurrence } from '@biebkit/feed';
import { t } from './i18n.js';
import { badges, timeText } from './agenda-view.js';
import { audienceLabel, functionLabel, themeName } from './i18n.js';
import type { ViewContext } from './view-context.js';
import { renderExtraFacts, renderImage } from './detail-extra.js';

export interface DetailHandlers {
  close(): void;
  addToCalendar(o: Occurrence): void;
}

const hoursCache = new WeakMap<object, BranchHours>();

/** The branch's hours on the occurrence's day, one line per layer ("Bemand: 10:00–17:00"). */
function hoursLines(o: Occurrence, feed: Feed, ctx: ViewContext): string[] | undefined {
  const branch = o.branch;
  if (!branch?.hours?.length) return undefined;
  let hours = hoursCache.get(branch);
  if (!hours) {
    hours = new BranchHours(branch, feed.organization);
    hoursCache.set(branch, hours);
  }
  return hours.layers.map(({ layer, timeline }) => `${layerLabel(layer, ctx.lang)}: ${describeDay(timeline.day(o.date), ctx.lang)}`);
}

export function renderDetail(o: Occurrence | undefined, feed: Feed, ctx: ViewContext, h: DetailHandlers): TemplateResult {
  const { lang } = ctx;
  const content = (): TemplateResult | typeof nothing => {
    if (!o) return nothing;
    const a = o.activity;
    const title = localize(a.title, lang);
    const description = localize(a.description, lang);
    const place = o.branch ? localize(o.branch.name, lang) : a.location ? localize(a.location.name, lang) : '';
    const address = o.branch?.address ?? a.location?.address;
    const hours = hoursLines(o, feed, ctx);
    const registration = safeUrl(a.registration?.url);
    const info = safeUrl(a.url);
    const online = a.location?.online ? safeUrl(a.location.url) : undefined;
    const labels = [
      ...(a.audiences ?? []).map((x) => audienceLabel(x, lang)),
      ...(a.theme ? [themeName(a.theme, lang)] : []),
      ...(a.function ? [functionLabel(a.function, lang)] : []),
    ];
    return html`<div role="heading" aria-level="2" id="detail-title" class="detail-title" part="detail-title">${title}</div>
      <p class="badges">${badges(o, ctx)}</p>
      ${renderImage(a, ctx)}
      ${o.status !== 'scheduled' && a.statusNote ? html`<p class="note">${localize(a.statusNote, lang)}</p>` : nothing}
      <dl class="facts">
        <dt>${t(lang, 'when')}</dt>
        <dd>${formatDate(o.date, lang, { withYear: true })}, ${timeText(o, ctx)}</dd>
        ${place || address
          ? html`<dt>${t(lang, 'where')}</dt>
              <dd>
                ${place}${address ? html`<br />${address.street}<br />${address.postalCode} ${address.city}` : nothing}
                ${online ? html`<br /><a href=${online}>${t(lang, 'online')}</a>` : nothing}
              </dd>`
          : nothing}
        ${o.branch
          ? html`<dt>${t(lang, 'hours', { date: formatDate(o.date, lang) })}</dt>
              <dd>${hours ? hours.map((line, i) => html`${i ? html`<br />` : nothing}${line}`) : t(lang, 'hoursUnknown')}</dd>`
          : nothing}
        ${a.price ? html`<dt>${t(lang, 'price')}</dt><dd>${formatPrice(a.price.amount, lang)}${a.price.note ? ` (${localize(a.price.note, lang)})` : ''}</dd>` : nothing}
        ${renderExtraFacts(o, ctx)}
      </dl>
      ${labels.length ? html`<p class="meta">${labels.map((l) => html`<span class="label">${l}</span>`)}</p>` : nothing}
      ${description ? html`<p class="description" part="description">${description}</p>` : nothing}
      <p class="actions">
        ${a.registration?.required && !a.registration.full && registration && o.status !== 'cancelled'
          ? html`<a class="button primary" part="registration-link" href=${registration}>${t(lang, 'registration')}</a>`
          : a.registration?.required
            ? html`<span class="subtle">${a.registration.full ? t(lang, 'full') : t(lang, 'registrationRequired')}</span>`
            : nothing}
        ${info ? html`<a class="button" href=${info}>${t(lang, 'info')}</a>` : nothing}
        ${o.status !== 'cancelled'
          ? html`<button type="button" class="button" part="add-to-calendar" @click=${() => h.addToCalendar(o)}>${t(lang, 'addToCalendar')}</button>`
          : nothing}
      </p>`;
  };
  return html`<dialog class="detail" part="detail" aria-labelledby="detail-title" @close=${() => h.close()} @cancel=${() => h.close()}>
    <button type="button" class="close" part="close-button" @click=${() => h.close()}>${t(lang, 'close')}</button>
    ${content()}
  </dialog>`;
}
