/**
 * The richer event fields in the calendar: the image (only from the feed's own site unless the page allows
 * others, `images`), the organizer and performers, how to attend (online, mixed), places left or full, when
 * registration opens, and a moved activity's previous date and place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  attendanceMode,
  dateOf,
  formatClock,
  formatDate,
  localize,
  onlineUrlOf,
  parseLocalDateTime,
  placesLeft,
  registrationOpensLater,
  safeUrl,
  type Activity,
  type Agent,
  type Lang,
  type Occurrence,
} from '@biebkit/feed';
import { translator } from '../shared/i18n.js';
import type { ViewContext } from './view-context.js';

const t = translator({
  nl: {
    organizer: 'Organisatie',
    performers: 'Met',
    attend: 'Meedoen',
    online: 'Online: {link}',
    mixed: 'In de bibliotheek of online',
    join: 'online meedoen',
    places: 'Plaatsen',
    left: 'Nog {n} van de {capacity} plaatsen vrij',
    leftN: 'Nog {n} plaatsen vrij',
    capacity: '{capacity} plaatsen',
    full: 'Vol ({capacity} plaatsen)',
    fullShort: 'Vol',
    registration: 'Aanmelden',
    opens: 'kan vanaf {date}',
    previous: 'Eerder gepland',
    badgeLeft: 'Nog {n} plaatsen',
    badgeLeft1: 'Nog 1 plaats',
  },
  en: {
    organizer: 'Organised by',
    performers: 'With',
    attend: 'Taking part',
    online: 'Online: {link}',
    mixed: 'In the library or online',
    join: 'join online',
    places: 'Places',
    left: '{n} of {capacity} places left',
    leftN: '{n} places left',
    capacity: '{capacity} places',
    full: 'Full ({capacity} places)',
    fullShort: 'Full',
    registration: 'Registration',
    opens: 'opens {date}',
    previous: 'Previously planned',
    badgeLeft: '{n} places left',
    badgeLeft1: '1 place left',
  },
});

/** A date-time from the feed in words: "do 17 juni, 20:00". */
function when(text: string, lang: Lang): string {
  const t2 = parseLocalDateTime(text);
  if (t2) return `${formatDate(t2, lang)}, ${formatClock(t2.hour * 60 + t2.minute)}`;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? dateOf(Date.parse(`${text}T12:00:00Z`)) : undefined;
  return d ? formatDate(d, lang) : text;
}

function agent(a: Agent, lang: Lang): TemplateResult | string {
  const url = safeUrl(a.url);
  const name = localize(a.name, lang);
  return url ? html`<a href=${url}>${name}</a>` : name;
}

/** The image, when the page allows its address. */
export function renderImage(a: Activity, ctx: ViewContext): TemplateResult | typeof nothing {
  const url = a.image && ctx.imageUrl?.(a.image.url);
  if (!url || !a.image) return nothing;
  return html`<img class="image" part="image" src=${url} alt=${localize(a.image.alt, ctx.lang)} loading="lazy" decoding="async" referrerpolicy="no-referrer" width=${ifDefined(a.image.width)} height=${ifDefined(a.image.height)} />`;
}

/** The places line: "Nog 7 van de 60 plaatsen vrij", "Vol (60 plaatsen)". */
export function placesText(a: Activity, lang: Lang): string | undefined {
  const left = placesLeft(a);
  const capacity = a.registration?.capacity;
  if (left === 0) return capacity ? t(lang, 'full', { capacity }) : t(lang, 'fullShort');
  if (left !== undefined) return capacity ? t(lang, 'left', { n: left, capacity }) : t(lang, 'leftN', { n: left });
  return capacity ? t(lang, 'capacity', { capacity }) : undefined;
}

/** The extra facts of the detail dialog, as `dt`/`dd` pairs. */
export function renderExtraFacts(o: Occurrence, ctx: ViewContext): TemplateResult {
  const { lang } = ctx;
  const a = o.activity;
  const mode = attendanceMode(a);
  const join = onlineUrlOf(a);
  const places = placesText(a, lang);
  const previous = o.status === 'moved' && (a.previousStart || a.previousPlace)
    ? [a.previousStart ? when(a.previousStart, lang) : '', localize(a.previousPlace, lang)].filter(Boolean).join(', ')
    : '';
  return html`${a.organizer ? html`<dt>${t(lang, 'organizer')}</dt><dd>${agent(a.organizer, lang)}</dd>` : nothing}
    ${a.performers?.length ? html`<dt>${t(lang, 'performers')}</dt><dd>${a.performers.map((p, i) => html`${i ? ', ' : ''}${agent(p, lang)}`)}</dd>` : nothing}
    ${mode !== 'offline' && !(a.location?.online && !a.onlineUrl)
      ? html`<dt>${t(lang, 'attend')}</dt><dd>${mode === 'mixed' ? html`${t(lang, 'mixed')}<br />` : nothing}${join ? html`<a href=${join}>${t(lang, 'join')}</a>` : t(lang, 'online', { link: '' })}</dd>`
      : nothing}
    ${places ? html`<dt>${t(lang, 'places')}</dt><dd>${places}</dd>` : nothing}
    ${a.registration?.opens && registrationOpensLater(a, ctx.nowMs) ? html`<dt>${t(lang, 'registration')}</dt><dd>${t(lang, 'opens', { date: when(a.registration.opens, lang) })}</dd>` : nothing}
    ${previous ? html`<dt>${t(lang, 'previous')}</dt><dd><del>${previous}</del></dd>` : nothing}`;
}

/** A badge for the few places left ("Nog 3 plaatsen"), next to the full/cancelled badges. */
export function placesBadge(o: Occurrence, ctx: ViewContext): TemplateResult | typeof nothing {
  const left = placesLeft(o.activity);
  if (left === undefined || left === 0 || left > 10 || o.status === 'cancelled') return nothing;
  return html`<span class="badge places" part="badge badge-places">${left === 1 ? t(ctx.lang, 'badgeLeft1') : t(ctx.lang, 'badgeLeft', { n: left })}</span>`;
}
