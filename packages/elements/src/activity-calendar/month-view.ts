/**
 * The month view: a real table grid (role="grid") with one focusable day at a time (roving tabindex).
 * Arrow keys move a day or a week, Home/End to the start/end of the week, PageUp/PageDown a month,
 * Enter or Space opens the day's activities below the grid. Crossing into another month shows it and
 * announces it in a polite live region.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addDays, dateOf, dayNumber, formatClock, formatDate, isoDate, localize, monthGrid, monthName, weekdayName, type Occurrence, type PlainDate } from '@biebkit/feed';
import { t } from './i18n.js';
import { renderDays } from './agenda-view.js';
import type { ViewContext } from './view-context.js';

export interface MonthState {
  /** The focused day (its month is the one shown). */
  cursor: PlainDate;
  /** The day whose activities are listed below the grid, if any. */
  openDay?: PlainDate;
}

export interface MonthHandlers {
  /** Moves the cursor (and focus) to a day; the element changes month when needed. */
  move(to: PlainDate): void;
  /** Opens a day's list. */
  openDay(day: PlainDate): void;
}

/** How many titles a day cell shows before "+N more". */
export const MAX_IN_CELL = 3;

/** The day a key moves to from `d`, or undefined for keys the grid does not handle. */
export function keyTarget(key: string, d: PlainDate): PlainDate | undefined {
  const wd = (dayNumber(d) + 3) % 7;
  switch (key) {
    case 'ArrowLeft':
      return addDays(d, -1);
    case 'ArrowRight':
      return addDays(d, 1);
    case 'ArrowUp':
      return addDays(d, -7);
    case 'ArrowDown':
      return addDays(d, 7);
    case 'Home':
      return addDays(d, -wd);
    case 'End':
      return addDays(d, 6 - wd);
    case 'PageUp':
    case 'PageDown': {
      const delta = key === 'PageUp' ? -1 : 1;
      const m = d.year * 12 + d.month - 1 + delta;
      const year = Math.floor(m / 12);
      const month = (m % 12) + 1;
      const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return { year, month, day: Math.min(d.day, dim) };
    }
    default:
      return undefined;
  }
}

export function monthTitle(d: PlainDate, ctx: ViewContext): string {
  return `${monthName(d.month, ctx.lang)} ${d.year}`;
}

export function renderMonth(byDay: ReadonlyMap<string, Occurrence[]>, state: MonthState, ctx: ViewContext, h: MonthHandlers): TemplateResult {
  const { lang } = ctx;
  const { cursor } = state;
  const rows = monthGrid(cursor.year, cursor.month);
  const todayIso = isoDate(dateOf(ctx.nowMs));
  const cursorIso = isoDate(cursor);
  const title = monthTitle(cursor, ctx);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      h.openDay(cursor);
      return;
    }
    const to = keyTarget(e.key, cursor);
    if (!to) return;
    e.preventDefault();
    h.move(to);
  };
  const openDay = state.openDay;
  const openList = openDay ? byDay.get(isoDate(openDay)) ?? [] : [];
  return html`<div class="month" part="month">
      <div class="nav" part="nav">
        <button type="button" part="nav-button" @click=${() => h.move(keyTarget('PageUp', cursor)!)}>
          <span aria-hidden="true">‹</span> ${t(lang, 'prevMonth')}
        </button>
        <div role="heading" aria-level=${ctx.headingLevel} id="month-title" class="period-title" part="period-title">${title}</div>
        <button type="button" part="nav-button" @click=${() => h.move(keyTarget('PageDown', cursor)!)}>
          ${t(lang, 'nextMonth')} <span aria-hidden="true">›</span>
        </button>
      </div>
      <table role="grid" class="grid" part="grid" aria-labelledby="month-title" aria-describedby="grid-help" @keydown=${onKey}>
        <thead>
          <tr>
            ${[0, 1, 2, 3, 4, 5, 6].map((i) => html`<th scope="col" abbr=${weekdayName(i, lang, 'long')}>${weekdayName(i, lang)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              ${row.map((d) => {
                const iso = isoDate(d);
                const list = byDay.get(iso) ?? [];
                const outside = d.month !== cursor.month;
                const count = list.length === 0 ? t(lang, 'none') : list.length === 1 ? t(lang, 'oneActivity') : t(lang, 'nActivities', { n: list.length });
                return html`<td
                  role="gridcell"
                  class="cell ${outside ? 'outside' : ''} ${iso === todayIso ? 'today' : ''} ${list.length ? 'busy' : ''}"
                  part="cell"
                  data-date=${iso}
                  tabindex=${iso === cursorIso ? 0 : -1}
                  aria-selected=${iso === cursorIso ? 'true' : 'false'}
                  aria-current=${iso === todayIso ? 'date' : 'false'}
                  @click=${() => {
                    h.move(d);
                    h.openDay(d);
                  }}
                >
                  <span class="num" aria-hidden="true">${d.day}</span>
                  <span class="visually-hidden">${formatDate(d, lang, { weekday: 'long' })}, ${count}</span>
                  ${list.slice(0, list.length > MAX_IN_CELL ? MAX_IN_CELL - 1 : MAX_IN_CELL).map(
                    (o) => html`<span class="chip ${o.status}" aria-hidden="true">${o.startMinute !== undefined ? `${formatClock(o.startMinute)} ` : ''}${localize(o.activity.title, lang)}</span>`,
                  )}
                  ${list.length > MAX_IN_CELL ? html`<span class="chip more-n" aria-hidden="true">${t(lang, 'moreN', { n: list.length - MAX_IN_CELL + 1 })}</span>` : nothing}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      <p id="grid-help" class="visually-hidden">${t(lang, 'grid', { month: title })}</p>
      ${openDay
        ? html`<section class="day-list" part="day-list" aria-labelledby="day-list-title">
            <div role="heading" aria-level=${ctx.headingLevel} id="day-list-title" class="day-heading" tabindex="-1">
              ${t(lang, 'dayList', { date: formatDate(openDay, lang) })}
            </div>
            ${openList.length ? renderDays(openList, { ...ctx, headingLevel: ctx.headingLevel + 1 }) : html`<p>${t(lang, 'empty')}</p>`}
          </section>`
        : nothing}
    </div>`;
}
