/** The week view: seven days as columns (rows in a narrow container), activities in time order. */
import { html, nothing, type TemplateResult } from 'lit';
import { addDays, dateOf, dayLabel, formatDate, formatDayMonth, isoDate, type Occurrence, type PlainDate } from '@biebkit/feed';
import { t } from './i18n.js';
import { renderItem } from './agenda-view.js';
import type { ViewContext } from './view-context.js';

export interface WeekHandlers {
  /** Shows the week `delta` weeks away. */
  shift(delta: number): void;
}

/** "23 – 29 november 2026". */
export function weekTitle(monday: PlainDate, ctx: ViewContext): string {
  const sunday = addDays(monday, 6);
  const first = monday.month === sunday.month ? String(monday.day) : formatDayMonth(monday, ctx.lang, { withYear: monday.year !== sunday.year });
  return `${first} – ${formatDayMonth(sunday, ctx.lang, { withYear: true })}`;
}

export function renderWeek(byDay: ReadonlyMap<string, Occurrence[]>, monday: PlainDate, ctx: ViewContext, h: WeekHandlers): TemplateResult {
  const { lang } = ctx;
  const today = isoDate(dateOf(ctx.nowMs));
  return html`<div class="week" part="week">
    <div class="nav" part="nav">
      <button type="button" part="nav-button" @click=${() => h.shift(-1)}><span aria-hidden="true">‹</span> ${t(lang, 'prevWeek')}</button>
      <div role="heading" aria-level=${ctx.headingLevel} class="period-title" part="period-title">${weekTitle(monday, ctx)}</div>
      <button type="button" part="nav-button" @click=${() => h.shift(1)}>${t(lang, 'nextWeek')} <span aria-hidden="true">›</span></button>
    </div>
    <ol class="week-days" role="list">
      ${[0, 1, 2, 3, 4, 5, 6].map((i) => {
        const d = addDays(monday, i);
        const iso = isoDate(d);
        const list = byDay.get(iso) ?? [];
        const label = dayLabel(d, ctx.nowMs, lang);
        return html`<li class="week-day ${iso === today ? 'today' : ''}" data-date=${iso} part="week-day">
          <div role="heading" aria-level=${ctx.headingLevel + 1} id="wd-${iso}" class="day-heading">
            ${label}${label !== formatDate(d, lang) ? html`<span class="subtle"> ${formatDate(d, lang)}</span>` : nothing}
          </div>
          ${list.length
            ? html`<ol class="items" role="list">${list.map((o) => renderItem(o, ctx))}</ol>`
            : html`<p class="subtle">${t(lang, 'none')}</p>`}
        </li>`;
      })}
    </ol>
  </div>`;
}
