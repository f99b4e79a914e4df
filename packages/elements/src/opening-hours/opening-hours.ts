import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  BranchHours,
  addDays,
  dateOf,
  dayNote,
  dayNumber,
  describeDay,
  describeStatus,
  formatClock,
  formatDate,
  formatDayMonth,
  isoDate,
  layerLabel,
  localize,
  MobileLibraryHours,
  startOfDay,
  weekOf,
  type Branch,
  type Feed,
  type HoursState,
  type Lang,
  type LayerDay,
  type PlainDate,
  type Segment,
} from '@biebkit/feed';
import { FeedElement } from '../shared/feed-element.js';
import { translator } from '../shared/i18n.js';
import { UpdateTimer } from '../shared/update-timer.js';
import { openingHoursStyles } from './opening-hours.styles.js';
import { emitLibraryJsonLd } from './structured-data.js';
import { asOf } from '../shared/snapshot.js';
import { renderSeasons } from './season-view.js';
import { busHere, busStatus, renderStops } from './stops-view.js';
import { moreStyles } from './more.styles.js';

const t = translator({
  nl: {
    notFound: 'Vestiging "{id}" staat niet in de gegevens.',
    noBranch: 'Geef met het attribuut branch aan welke vestiging.',
    caption: 'Openingstijden {name}, week van {date}',
    day: 'Dag',
    today: 'vandaag',
    special: 'Afwijkende openingstijden',
    noHours: 'Voor deze vestiging zijn geen openingstijden bekend.',
  },
  en: {
    notFound: 'Branch "{id}" is not in the data.',
    noBranch: 'Name the branch with the branch attribute.',
    caption: 'Opening hours of {name}, week of {date}',
    day: 'Day',
    today: 'today',
    special: 'Special opening hours',
    noHours: 'No opening hours are known for this branch.',
  },
});

let instances = 0;

/**
 * Today's status of a branch in words ("Nu open · tot 17:00", "Gesloten · opent morgen om 10:00"),
 * then the week (Monday first, today highlighted) with a column per layer (open, staffed, desks), and
 * the special days of the coming weeks with their notes; the season in force and the coming change ("Vanaf 1
 * juli zomertijden"). For a mobile library (bibliobus), where it stands now and next, and its stops with their
 * timetable ("next stop here" with `stop`). All times are Europe/Amsterdam. It updates by
 * itself when the state changes (one timer to the next change) and when the page comes back into view.
 * It also puts the branch's schema.org `Library` JSON-LD in the page's `<head>`, once per branch.
 *
 * ```html
 * <opening-hours src="feed.json" branch="plein-1"></opening-hours>
 * ```
 *
 * @tagname opening-hours
 * @summary Opening hours of one branch: the status now, the week, and special days.
 * @csspart status - The status line.
 * @csspart week - The table of the week.
 * @csspart special - The list of special days.
 * @csspart season - The season in force and the coming change of hours.
 * @csspart stops - The table of a mobile library's stops.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart notice - A notice (unknown branch).
 * @cssprop [--opening-hours-loading-size=24em] - Space kept while the feed loads, so the page does not shift (3em with `compact`).
 * @cssprop --opening-hours-open-color - The "open" mark (default: --biebkit-positive-color).
 * @cssprop --opening-hours-closed-color - The "closed" mark (default: --biebkit-negative-color).
 * @cssprop --opening-hours-other-color - The "by appointment" mark (default: --biebkit-warning-color).
 * @cssprop --opening-hours-today-background - The background of today's row.
 */
export class OpeningHours extends FeedElement {
  readonly #uid = `oh-${++instances}`;
  static override styles = [...FeedElement.styles, openingHoursStyles, moreStyles];

  /** The id of the branch in the feed. */
  @property({ reflect: true }) branch?: string;

  /** For a mobile library (bibliobus): only this stop, with when the bus is next here. */
  @property({ reflect: true }) stop?: string;

  /** Only the status line, without the week. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** How many days ahead special days are listed (default 28). */
  @property({ type: Number, attribute: 'special-days' }) specialDays = 28;

  /** Do not put schema.org JSON-LD in the page (for sites that publish their own). */
  @property({ type: Boolean, attribute: 'no-structured-data' }) noStructuredData = false;

  /**
   * Read-only, reflected for styling: the building's state now (`open`, `closed`, `unknown`, `appointment`).
   * @readonly
   */
  @property({ reflect: true }) state?: HoursState;

  /**
   * Read-only, reflected for styling: present while staff are there.
   * @readonly
   */
  @property({ type: Boolean, reflect: true }) staffed = false;

  #hours?: BranchHours;
  #bus?: MobileLibraryHours;
  #timer = new UpdateTimer(this);

  /** When the element next re-renders by itself (epoch ms), or undefined (fixed `now`, or nothing changes). */
  get nextUpdate(): number | undefined {
    return this.#timer.at;
  }

  #branchOf(feed: Feed): Branch | undefined {
    const id = this.branch?.trim();
    const own = feed.branches?.find((b) => b.id === id);
    if (own) return own;
    // A mobile library registered in another municipality that stops in this one.
    const m = this.scopeMunicipality?.toUpperCase();
    return m ? this.model?.feed.branches?.find((b) => b.id === id && b.stops?.some((s) => s.municipality === m)) : undefined;
  }

  /** The timetable of a mobile library with stops; undefined for any other branch. */
  #busOf(feed: Feed, branch: Branch): MobileLibraryHours | undefined {
    if (!branch.stops?.length) return undefined;
    if (this.#bus?.branch !== branch) this.#bus = new MobileLibraryHours(branch, feed.organization);
    return this.#bus;
  }

  #hoursOf(feed: Feed, branch: Branch): BranchHours {
    if (this.#hours?.branch !== branch) this.#hours = new BranchHours(branch, feed.organization);
    return this.#hours;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.scopedFeed;
    const branch = feed && this.#branchOf(feed);
    const bus = feed && branch && this.#busOf(feed, branch);
    if (bus) {
      this.state = busHere(bus, this.nowMs(), this.stop?.trim()) ? 'open' : 'closed';
      this.staffed = this.state === 'open';
    } else if (feed && branch) {
      const status = this.#hoursOf(feed, branch).status(this.nowMs());
      this.state = status.state;
      this.staffed = status.staffed;
    } else {
      this.state = undefined;
      this.staffed = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#schedule();
    const feed = this.scopedFeed;
    const branch = feed && this.#branchOf(feed);
    if (feed && branch && !this.noStructuredData) emitLibraryJsonLd(feed, branch, this.language, this.nowMs());
  }

  /** One timer, to the next change of anything shown (or the next midnight, for "today"); none with a fixed `now`. */
  #schedule(): void {
    this.#timer.clear();
    if (this.now || !this.isConnected || !this.#hours || !this.scopedFeed) return;
    const now = this.nowMs();
    const midnight = startOfDay(addDays(dateOf(now), 1));
    const change = this.#bus && this.#bus.branch === this.#hours.branch ? this.#bus.nextChange(now) : this.#hours.nextUpdate(now);
    this.#timer.set(change === undefined ? midnight : Math.min(change, midnight), now);
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const lang = this.language;
    if (!this.branch?.trim()) return this.renderNotice(t(lang, 'noBranch'));
    const branch = this.#branchOf(feed);
    if (!branch) return this.renderNotice(t(lang, 'notFound', { id: this.branch }));
    const hours = this.#hoursOf(feed, branch);
    const now = this.nowMs();
    const bus = this.#busOf(feed, branch);
    if (bus) {
      const where = busStatus(bus, now, lang, this.stop?.trim());
      return html`
        <p class="status" part="status" role="status">
          <span class="shape ${where.here ? 'open' : 'closed'}" aria-hidden="true"></span>
          <span>${where.text}</span>
        </p>
        ${this.compact ? nothing : renderStops(bus, now, lang, this.#uid, this.stop?.trim())}
      `;
    }
    const status = hours.status(now);
    return html`
      <p class="status" part="status" role="status">
        <span class="shape ${status.state}" aria-hidden="true"></span>
        <span>${asOf(lang, now, ': ')}${describeStatus(status, now, lang)}</span>
      </p>
      ${renderSeasons(hours, dateOf(now), lang)}
      ${this.compact ? nothing : this.#renderWeek(hours, branch, dateOf(now), lang)}
      ${this.compact ? nothing : this.#renderSpecial(hours, dateOf(now), lang)}
    `;
  }

  #renderWeek(hours: BranchHours, branch: Branch, today: PlainDate, lang: Lang): TemplateResult {
    const layers = hours.layers;
    if (!layers.length) return html`<p>${t(lang, 'noHours')}</p>`;
    const days = weekOf(today);
    const todayN = dayNumber(today);
    const captionId = `${this.#uid}-caption`;
    return html`<div class="scroll" role="region" tabindex="0" aria-labelledby=${captionId}><table part="week">
      <caption id=${captionId}>
        ${t(lang, 'caption', { name: localize(branch.name, lang), date: formatDayMonth(days[0]!, lang) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t(lang, 'day')}</th>
          ${layers.map((l) => html`<th scope="col">${layerLabel(l.layer, lang)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${days.map((d) => {
          const isToday = dayNumber(d) === todayN;
          return html`<tr class=${isToday ? 'today' : ''} aria-current=${ifDefined(isToday ? 'date' : undefined)}>
            <th scope="row">
              <time datetime=${isoDate(d)}
                ><span class="day-long">${formatDate(d, lang, { weekday: 'long' })}</span
                ><span class="day-short">${formatDate(d, lang, { month: 'short' })}</span></time
              >${isToday
                ? html`<span class="visually-hidden"> (${t(lang, 'today')})</span>`
                : nothing}
            </th>
            ${layers.map((l) => html`<td>${renderDay(l.timeline.day(d), lang)}</td>`)}
          </tr>`;
        })}
      </tbody>
    </table></div>`;
  }

  #renderSpecial(hours: BranchHours, today: PlainDate, lang: Lang): TemplateResult | typeof nothing {
    // From the day after this week's Sunday: this week's special days are in the table already.
    const from = addDays(weekOf(today)[6]!, 1);
    const rows: { date: PlainDate; note: string; parts: string[] }[] = [];
    for (let i = 0; i < this.specialDays; i++) {
      const date = addDays(from, i);
      const days = hours.layers.map((l) => ({ l, day: l.timeline.day(date) }));
      const changed = days.filter(({ l, day }) => day.source !== 'weekly' && !sameSegments(day.segments, l.timeline.weeklySegments(date)));
      if (!changed.length) continue;
      const note = changed.map(({ day }) => localize(dayNote(day), lang)).find(Boolean) ?? '';
      rows.push({ date, note, parts: changed.map(({ l, day }) => `${layerLabel(l.layer, lang)}: ${describeDay(day, lang)}`) });
    }
    if (!rows.length) return nothing;
    return html`<div class="special" part="special">
      <p id="special-title">${t(lang, 'special')}</p>
      <ul aria-labelledby="special-title">
        ${rows.map(
          (r) => html`<li>
            <time datetime=${isoDate(r.date)}>${formatDate(r.date, lang)}</time>${r.note ? html` · ${r.note}` : nothing} ·
            ${r.parts.join(' · ')}
          </li>`,
        )}
      </ul>
    </div>`;
  }
}

function sameSegments(a: Segment[], b: Segment[]): boolean {
  return a.length === b.length && a.every((s, i) => s.from === b[i]!.from && s.to === b[i]!.to && s.state === b[i]!.state);
}

/** A day's hours with `<time>` values, and the note of a special day. */
function renderDay(day: LayerDay, lang: Lang): TemplateResult {
  const note = day.source !== 'weekly' ? localize(dayNote(day), lang) : '';
  const body = day.segments.length
    ? day.segments.map(
        (s, i) => html`${i ? ', ' : ''}${s.state === 'open' ? nothing : describeDay({ ...day, segments: [{ ...s, from: 0, to: 1440 }] }, lang) + ' '}${s.from === 0 && s.to === 1440
            ? nothing
            : html`<span class="iv">${clock(s.from)}–${clock(s.to)}</span>`}`,
      )
    : describeDay(day, lang);
  return html`${body}${note ? html`<span class="note">${note}</span>` : nothing}`;
}

function clock(minute: number): TemplateResult {
  // 24:00 is no valid <time> value: it is shown as text.
  return minute >= 1440 ? html`24:00` : html`<time datetime=${formatClock(minute)}>${formatClock(minute)}</time>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'opening-hours': OpeningHours;
  }
}
