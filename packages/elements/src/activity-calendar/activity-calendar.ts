import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addDays,
  dateOf,
  durationOf,
  eventsJsonLd,
  filterActivities,
  isEmptyFilter,
  isoDate,
  jsonLdText,
  lastStartOf,
  listOccurrences,
  localize,
  monthGrid,
  parseDate,
  safeUrl,
  startOfDay,
  weekStart,
  type ActivityFilter,
  type Feed,
  type Occurrence,
  type PlainDate,
} from '@biebkit/feed';
import { FeedElement } from '../shared/feed-element.js';
import { baseStyles } from '../shared/styles.js';
import { calendarStyles } from './activity-calendar.styles.js';
import { renderAgenda } from './agenda-view.js';
import { renderDetail } from './detail-view.js';
import { extraStyles } from './detail-extra.styles.js';
import { renderControls, type CalendarView, type FilterKey } from './filters-view.js';
import { t } from './i18n.js';
import { monthTitle, renderMonth } from './month-view.js';
import type { ViewContext } from './view-context.js';
import { renderWeek } from './week-view.js';
import type { ActivityOpenDetail, CalendarDownloadDetail } from '../shared/events.js';

const DAY = 86_400_000;
const VIEWS: readonly CalendarView[] = ['agenda', 'month', 'week'];
/** Below this width (CSS px) the month grid gives way to the agenda. */
export const NARROW_WIDTH = 600;

const list = (value: string | undefined): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * The library's activities: an agenda of upcoming activities under day headings (the default), a month
 * grid with a full keyboard model, and a week view, with filters for branch, municipality, audience,
 * theme, Wsob function and free text. Recurring activities are expanded in Europe/Amsterdam time. One
 * activity opens in a dialog with its description, the branch's address and opening hours that day,
 * and "Zet in mijn agenda" (.ics). "Download .ics" exports the current filter; with `subscribe` (the published
 * address of a calendar file) "Abonneren" offers a subscription that stays up to date. schema.org `Event`
 * JSON-LD for the activities in view goes into the page (as a child of this element) for search engines.
 *
 * ```html
 * <activity-calendar src="feed.json" municipality="GM0899" audience="youth"></activity-calendar>
 * ```
 *
 * @tagname activity-calendar
 * @summary Agenda, month and week views of a library's activities, with filters, details and .ics export.
 * @fires {CustomEvent<ActivityOpenDetail>} activity-open - An activity's details opened. `detail`: `{ id, start }` (start as epoch ms).
 * @fires {CustomEvent<CalendarDownloadDetail>} calendar-download - Before an .ics file downloads; cancelable. `detail`: `{ filename, text }`.
 * @csspart toolbar - The view switch and download button.
 * @csspart view-button - Each view button (`aria-pressed` marks the current one).
 * @csspart download - The "Download .ics" button.
 * @csspart subscribe - The "Abonneren" disclosure (with `subscribe`).
 * @csspart subscribe-link - Its webcal:// link.
 * @csspart filters - The filter form.
 * @csspart clear-button - "Filters wissen".
 * @csspart agenda - The agenda list.
 * @csspart day - One day in the agenda.
 * @csspart day-heading - A day's heading ("Vandaag", "za 28 november").
 * @csspart item - One activity in a list.
 * @csspart title - An activity's title (a button opening its details).
 * @csspart label - An audience or theme label.
 * @csspart badge - A status badge; also `badge-now`, `badge-cancelled`, `badge-moved`, `badge-full`, `badge-places` (a few places left).
 * @csspart image - An activity's image in the detail dialog.
 * @csspart link - "Meer informatie" link.
 * @csspart more-button - "Meer activiteiten tonen".
 * @csspart month - The month view.
 * @csspart grid - The month table.
 * @csspart cell - A day cell.
 * @csspart day-list - The open day's activities below the grid.
 * @csspart week - The week view.
 * @csspart week-day - A day column of the week.
 * @csspart nav - Previous/next navigation.
 * @csspart nav-button - Previous/next buttons.
 * @csspart period-title - The month or week shown.
 * @csspart detail - The detail dialog.
 * @csspart detail-title - The activity's title in the dialog.
 * @csspart description - The activity's description.
 * @csspart registration-link - The registration link.
 * @csspart add-to-calendar - "Zet in mijn agenda".
 * @csspart close-button - The dialog's close button.
 * @csspart empty - The empty state.
 * @cssprop [--activity-calendar-loading-size=30em] - Space kept while the feed loads, so the page does not shift.
 * @cssprop --activity-calendar-accent - Accent colour (buttons, today); falls back to `--biebkit-accent-color`.
 * @cssprop --activity-calendar-cancelled - Colour of cancelled activities; falls back to `--biebkit-negative-color`.
 * @cssprop --activity-calendar-moved - Colour of changed activities; falls back to `--biebkit-warning-color`.
 * @cssprop --activity-calendar-now - Colour of the "bezig" badge; falls back to `--biebkit-positive-color`.
 * @cssprop --activity-calendar-cell-min-height - Minimum height of a month cell (default 5.5rem).
 */
export class ActivityCalendar extends FeedElement {
  static override styles = [baseStyles, calendarStyles, extraStyles];

  /** The view: `agenda` (default), `month` or `week`. A narrow element shows `month` as the agenda. */
  @property({ reflect: true }) view: CalendarView = 'agenda';

  /** How many days ahead the agenda looks (default 90). */
  @property({ type: Number }) days = 90;

  /** Only these branches (ids, comma-separated). */
  @property() branch?: string;

  /** Only these audiences, comma-separated: 0-4, children, youth, adults, seniors, families, low-literate-adults. */
  @property() audience?: string;

  /** Only these convenant themes, comma-separated: literate-society, information-society, lifelong-development, robust-library. */
  @property() theme?: string;

  /** Only these Wsob functions, comma-separated (knowledge-information, development-education, reading-literature, meeting-debate, art-culture). */
  @property({ attribute: 'function' }) wsobFunction?: string;

  /** Preset free-text search. */
  @property() query?: string;

  /** The first day shown by the month and week views (YYYY-MM-DD); default today. */
  @property() date?: string;

  /**
   * Opt-in: keep the visitor's view and filters in the URL hash (`#agenda-view=month&agenda-audience=youth`),
   * so a link shares them. The value is the key prefix (default `agenda`).
   */
  @property({ attribute: 'hash-state' }) hashState?: string;

  /** Also show activities that are over (month and week views; the agenda starts today). */
  @property({ type: Boolean, attribute: 'show-past' }) showPast = false;

  /** Hide the visitor's filter controls (the attributes still filter). */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;

  /** Activities per agenda page (default 25). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** The aria-level of day and period headings (default 3), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * The published address (https) of the iCalendar file with this calendar's activities, such as the ones
   * `biebkit publish` writes: adds "Abonneren" beside "Download .ics", with a webcal:// link for calendar apps
   * and the https address to paste, so the visitor's calendar follows changes. A relative address resolves
   * against the page.
   */
  @property() subscribe?: string;

  /**
   * Which activity images load: `feed` (default) only those on the feed's own site, `all` from anywhere (a
   * request to another site, so only when the page's privacy statement allows it), `none`.
   */
  @property({ reflect: true }) images: 'feed' | 'all' | 'none' = 'feed';

  /** Do not put schema.org JSON-LD into the page. */
  @property({ type: Boolean, attribute: 'no-structured-data' }) noStructuredData = false;

  /** The filter in force: from the attributes, then changed by the visitor. */
  @state() filter: ActivityFilter = {};

  @state() private shown = 25;
  @state() private cursor?: PlainDate;
  @state() private openDay?: PlainDate;
  @state() private selected?: Occurrence;
  @state() private narrow = false;
  @state() private announcement = '';

  #memo = new Map<string, Occurrence[]>();
  #memoFeed?: Feed;
  #resize?: ResizeObserver;
  #focus?: string;
  #trigger?: { el: HTMLElement; key: string };
  #script?: HTMLScriptElement;
  #jsonLd = '';
  #inView: Occurrence[] = [];
  #onHash = () => this.#readHash();

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.#resize = new ResizeObserver((entries) => {
        const width = entries[entries.length - 1]?.contentRect.width ?? 0;
        const narrow = width > 0 && width < NARROW_WIDTH;
        // In the next frame: re-rendering inside the observer's callback would loop.
        if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
      });
      this.#resize.observe(this);
    }
    window.addEventListener('hashchange', this.#onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
    window.removeEventListener('hashchange', this.#onHash);
    this.#script?.remove();
    this.#script = undefined;
    this.#jsonLd = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('branch') || changed.has('audience') || changed.has('theme') || changed.has('wsobFunction') || changed.has('query')) {
      this.filter = {
        branches: list(this.branch),
        audiences: list(this.audience),
        themes: list(this.theme),
        functions: list(this.wsobFunction),
        query: this.query ?? '',
      };
      this.shown = this.pageSize;
    }
    if (!this.hasUpdated || changed.has('date')) this.cursor = (this.date && parseDate(this.date)) || undefined;
    if (changed.has('pageSize')) this.shown = Math.max(1, this.pageSize);
    if (!this.hasUpdated) this.#readHash();
    if (!VIEWS.includes(this.view)) this.view = 'agenda';
  }

  /** The view actually shown: the month grid falls back to the agenda in a narrow element. */
  get effectiveView(): CalendarView {
    return this.view === 'month' && this.narrow ? 'agenda' : this.view;
  }

  #ctx(): ViewContext {
    return {
      lang: this.language,
      nowMs: this.#now(),
      headingLevel: Math.min(6, Math.max(1, this.headingLevel || 3)),
      open: (o, el) => this.#open(o, el),
      imageUrl: (url) => this.#imageUrl(url),
    };
  }

  /**
   * An image address the page allows: with `images="feed"` (the default) only on the feed's own site (the
   * site that publishes the feed, so no other party sees the visitor), with `all` any, with `none` none.
   */
  #imageUrl(url: string): string | undefined {
    const safe = safeUrl(url);
    if (!safe || !/^https?:/i.test(safe) || this.images === 'none') return undefined;
    if (this.images === 'all') return safe;
    const feedUrl = this.model?.url;
    try {
      return feedUrl && new URL(safe).origin === new URL(feedUrl, location.href).origin ? safe : undefined;
    } catch {
      return undefined;
    }
  }

  /** The clock, to the minute (so a memoised list holds within a minute). */
  #now(): number {
    return Math.floor(this.nowMs() / 60_000) * 60_000;
  }

  /** Occurrences in a window; the month and week views show a whole date range, past days included. */
  #occurrences(feed: Feed, fromMs: number, toMs: number, includePast = this.showPast): Occurrence[] {
    if (this.#memoFeed !== feed) {
      this.#memo.clear();
      this.#memoFeed = feed;
    }
    const nowMs = this.#now();
    const key = `${fromMs}|${toMs}|${nowMs}|${includePast}|${JSON.stringify(this.filter)}`;
    let result = this.#memo.get(key);
    if (!result) {
      result = listOccurrences(feed, { fromMs, toMs, nowMs, filter: this.filter, includePast });
      if (this.#memo.size > 12) this.#memo.clear();
      this.#memo.set(key, result);
    }
    return result;
  }

  #byDay(occurrences: readonly Occurrence[]): Map<string, Occurrence[]> {
    const map = new Map<string, Occurrence[]>();
    for (const o of occurrences) {
      const iso = isoDate(o.date);
      const day = map.get(iso);
      if (day) day.push(o);
      else map.set(iso, [o]);
    }
    return map;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const ctx = this.#ctx();
    const { lang, nowMs } = ctx;
    const today = dateOf(nowMs);
    const cursor = this.cursor ?? today;
    const view = this.effectiveView;
    let body: TemplateResult;
    let inView: Occurrence[];
    if (view === 'month') {
      const rows = monthGrid(cursor.year, cursor.month);
      const all = this.#occurrences(feed, startOfDay(rows[0]![0]!), startOfDay(addDays(rows[rows.length - 1]![6]!, 1)), true);
      inView = all;
      body = renderMonth(this.#byDay(all), { cursor, openDay: this.openDay }, ctx, {
        move: (to) => this.#move(to),
        openDay: (d) => {
          this.openDay = d;
          this.#focus = '#day-list-title';
        },
      });
    } else if (view === 'week') {
      const monday = weekStart(cursor);
      inView = this.#occurrences(feed, startOfDay(monday), startOfDay(addDays(monday, 7)), true);
      body = renderWeek(this.#byDay(inView), monday, ctx, {
        shift: (delta) => {
          this.cursor = addDays(monday, 7 * delta);
          this.#writeHash();
        },
      });
    } else {
      const from = this.showPast ? startOfDay(today) : nowMs;
      const all = this.#occurrences(feed, from, nowMs + Math.max(1, this.days) * DAY);
      inView = all.slice(0, this.shown);
      body = all.length
        ? renderAgenda(all, this.shown, ctx, () => {
            this.#focus = `[data-index="${this.shown}"] .title`;
            this.shown += Math.max(1, this.pageSize);
          })
        : this.#renderEmpty(feed);
    }
    this.#inView = inView.filter((o) => !o.past);
    const emptyWindow = view !== 'agenda' && !inView.length && !isEmptyFilter(this.filter);
    return html`<div class="calendar" part="calendar">
      ${renderControls(feed, this.filter, this.view, lang, {
        setView: (v) => {
          this.view = v;
          this.openDay = undefined;
          this.#writeHash();
        },
        setFilter: (key: FilterKey, values) => this.#setFilter({ [key]: values }),
        setQuery: (query) => this.#setFilter({ query }),
        clear: () => this.#clear(),
        download: () => void this.#download(feed),
      }, { showFilters: !this.hideFilters, narrow: this.narrow, nowMs, subscribe: this.subscribe })}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${body}
      ${emptyWindow ? this.#renderEmpty(feed) : nothing}
      ${renderDetail(this.selected, feed, ctx, { close: () => this.#close(), addToCalendar: (o) => void this.#addToCalendar(feed, o) })}
    </div>`;
  }

  #renderEmpty(feed: Feed): TemplateResult {
    const lang = this.language;
    const filtered = !isEmptyFilter(this.filter);
    void feed;
    return html`<div class="empty" part="empty" role="status">
      <p>${filtered ? t(lang, 'emptyFiltered') : t(lang, 'empty')}</p>
      ${filtered ? html`<button type="button" part="clear-button" @click=${() => this.#clear()}>${t(lang, 'clear')}</button>` : nothing}
    </div>`;
  }

  #setFilter(patch: Partial<ActivityFilter>): void {
    this.filter = { ...this.filter, ...patch };
    this.shown = Math.max(1, this.pageSize);
    this.openDay = undefined;
    this.#writeHash();
  }

  #clear(): void {
    this.filter = { branches: [], municipalities: [], audiences: [], themes: [], functions: [], query: '' };
    this.shown = Math.max(1, this.pageSize);
    this.#writeHash();
    this.#focus = '#q';
  }

  #move(to: PlainDate): void {
    const from = this.cursor ?? dateOf(this.#now());
    if (to.month !== from.month || to.year !== from.year) {
      this.announcement = monthTitle(to, this.#ctx());
      this.openDay = undefined;
    }
    this.cursor = to;
    this.#focus = `td[data-date="${isoDate(to)}"]`;
    this.#writeHash();
  }

  #open(o: Occurrence, el: HTMLElement): void {
    this.#trigger = { el, key: o.key };
    this.selected = o;
    this.dispatchEvent(new CustomEvent<ActivityOpenDetail>('activity-open', { bubbles: true, composed: true, detail: { id: o.activity.id, start: o.startMs } }));
  }

  #close(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    if (!this.selected) return;
    this.selected = undefined;
    const trigger = this.#trigger;
    this.#trigger = undefined;
    if (trigger) {
      void this.updateComplete.then(() => {
        const el = trigger.el.isConnected ? trigger.el : this.renderRoot.querySelector<HTMLElement>(`[data-key="${trigger.key}"] .title`);
        el?.focus();
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.selected && dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('.close')?.focus();
    }
    if (this.#focus) {
      const el = this.renderRoot.querySelector<HTMLElement>(this.#focus);
      if (el) {
        el.focus();
        this.#focus = undefined;
      }
    }
    this.#emitJsonLd();
  }

  #emitJsonLd(): void {
    const feed = this.scopedFeed;
    const doc = !this.noStructuredData && feed ? eventsJsonLd(feed, this.#inView, { lang: this.language, limit: 50, nowMs: this.#now() }) : undefined;
    if (!doc) {
      this.#script?.remove();
      this.#script = undefined;
      this.#jsonLd = '';
      return;
    }
    const text = jsonLdText(doc);
    if (text === this.#jsonLd && this.#script?.isConnected) return;
    this.#jsonLd = text;
    if (!this.#script) {
      this.#script = document.createElement('script');
      this.#script.type = 'application/ld+json';
      this.#script.dataset['biebkit'] = 'activity-calendar';
    }
    this.#script.textContent = text;
    if (this.#script.parentNode !== this) this.append(this.#script);
  }

  // ---- .ics ------------------------------------------------------------------------------------

  #save(filename: string, text: string): void {
    const event = new CustomEvent<CalendarDownloadDetail>('calendar-download', { bubbles: true, composed: true, cancelable: true, detail: { filename, text } });
    if (!this.dispatchEvent(event)) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }

  async #download(feed: Feed): Promise<void> {
    const { activitiesToICalendar, icsFileName } = await import('@biebkit/feed/ical/index');
    const nowMs = this.#now();
    const lang = this.language;
    const activities = filterActivities(feed, this.filter).filter((a) => lastStartOf(a) + (durationOf(a) ?? 0) >= nowMs);
    const name = `${t(lang, 'title')} ${localize(feed.organization.name, lang)}`;
    this.#save(icsFileName(name), activitiesToICalendar(feed, activities, { lang, nowMs, name }));
  }

  async #addToCalendar(feed: Feed, o: Occurrence): Promise<void> {
    const { occurrenceToICalendar, icsFileName } = await import('@biebkit/feed/ical/index');
    const lang = this.language;
    const text = occurrenceToICalendar(feed, { activity: o.activity, startMs: o.startMs }, { lang, nowMs: this.#now() });
    this.#save(icsFileName(`${localize(o.activity.title, lang)} ${isoDate(o.date)}`), text);
  }

  // ---- URL hash (opt-in) -------------------------------------------------------------------------

  get #prefix(): string {
    return (this.hashState || 'agenda').replace(/[^\w-]/g, '');
  }

  #readHash(): void {
    if (this.hashState == null || typeof location === 'undefined') return;
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const p = this.#prefix;
    const get = (k: string) => params.get(`${p}-${k}`);
    if (![...params.keys()].some((k) => k.startsWith(`${p}-`))) return;
    const view = get('view');
    if (view && VIEWS.includes(view as CalendarView)) this.view = view as CalendarView;
    const date = get('date');
    if (date && parseDate(date)) this.cursor = parseDate(date);
    this.filter = {
      branches: list(get('branch') ?? undefined),
      municipalities: list(get('municipality') ?? undefined),
      audiences: list(get('audience') ?? undefined),
      themes: list(get('theme') ?? undefined),
      functions: list(get('function') ?? undefined),
      query: get('q') ?? '',
    };
  }

  #writeHash(): void {
    if (this.hashState == null || typeof location === 'undefined') return;
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const p = this.#prefix;
    const f = this.filter;
    const values: Record<string, string | undefined> = {
      view: this.view === 'agenda' ? undefined : this.view,
      date: this.view !== 'agenda' && this.cursor ? isoDate(this.cursor) : undefined,
      branch: f.branches?.join(','),
      municipality: f.municipalities?.join(','),
      audience: f.audiences?.join(','),
      theme: f.themes?.join(','),
      function: f.functions?.join(','),
      q: f.query?.trim(),
    };
    for (const [k, v] of Object.entries(values)) {
      if (v) params.set(`${p}-${k}`, v);
      else params.delete(`${p}-${k}`);
    }
    const hash = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'activity-calendar': ActivityCalendar;
  }
}
