import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  dateOf,
  formatKpiDifference,
  formatKpiValue,
  formatPeriod,
  formatShare,
  formatShortDate,
  formatTimeLeft,
  goalsByTheme,
  localize,
  progressStatusLabel,
  progressValueText,
  readGoal,
  themeLabel,
  type Feed,
  type Goal,
  type Lang,
  type MilestoneGoalReading,
  type NumericGoalReading,
  type PlainDate,
  type ProgressStatus,
  type Theme,
} from '@biebkit/feed';
import { FeedElement } from '../shared/feed-element.js';
import { cspStyle } from '../shared/csp-style.js';
import { translator } from '../shared/i18n.js';
import { goalProgressStyles } from './goal-progress.styles.js';

const t = translator({
  nl: {
    unknownGoal: 'Er staat geen doel met id “{id}” in deze feed.',
    noGoals: 'Er staan geen doelen voor deze selectie in de feed.',
    unreadable: 'Dit doel heeft geen bruikbaar streefcijfer of mijlpalen.',
    behindBy: '{amount} achter op de lijn naar het doel',
    aheadBy: '{amount} voor op de lijn naar het doel',
    now: 'Nu',
    measured: '{value} ({date})',
    expected: 'Verwacht',
    ofWay: 'Van de weg',
    time: 'Tijd',
    elapsed: '{time}, {percent} van de tijd verstreken',
    milestonesDone: '{done} van {total} mijlpalen klaar',
    overdueCount: '{n} te laat',
    next: 'Volgende: {title}, {date}',
    doneOn: 'klaar, {date}',
    done: 'klaar',
    due: 'gepland {date}',
    overdue: 'te laat, gepland {date}',
  },
  en: {
    unknownGoal: 'There is no goal with id “{id}” in this feed.',
    noGoals: 'The feed has no goals for this selection.',
    unreadable: 'This goal has no usable target or milestones.',
    behindBy: '{amount} behind the line to the target',
    aheadBy: '{amount} ahead of the line to the target',
    now: 'Now',
    measured: '{value} ({date})',
    expected: 'Expected',
    ofWay: 'Of the way',
    time: 'Time',
    elapsed: '{time}, {percent} of the time gone',
    milestonesDone: '{done} of {total} milestones done',
    overdueCount: '{n} overdue',
    next: 'Next: {title}, {date}',
    doneOn: 'done, {date}',
    done: 'done',
    due: 'due {date}',
    overdue: 'overdue, due {date}',
  },
});

const STATUS_ICON: Record<ProgressStatus, string> = { reached: '✓', 'on-track': '✓', behind: '!', missed: '✕', 'no-data': '–' };

let nextId = 0;

const clampPercent = (fraction: number) => Math.min(100, Math.max(0, Math.round(fraction * 100)));

/**
 * How far the library got with what it promised. A numeric goal shows a bar from the baseline to the
 * target with the current value, a marker where the straight line from the baseline date to the
 * deadline says it should be, whether that is on track or behind and by how much, the share of the way
 * and the time left; lower-is-better goals work the same way; past the deadline it says reached or
 * missed. A milestone goal shows how many are done, the next one due, and marks overdue ones. Screen
 * readers hear the bar as "42% van doel, achter op schema".
 *
 * With `goal` it shows that goal; with `theme` every goal of that convenant task; with neither, every
 * goal grouped under the convenant tasks, as a municipality page would show them.
 *
 * ```html
 * <goal-progress src="/feed.json" goal="bereik-jeugd"></goal-progress>
 * <goal-progress src="/feed.json" municipality="GM0397"></goal-progress>
 * ```
 *
 * @tagname goal-progress
 * @summary Progress on the library's goals: numeric targets and milestones.
 * @csspart goal - Each goal (an `article`); with a class for its status.
 * @csspart title - The goal's title.
 * @csspart description - The goal's description.
 * @csspart bar - The progress bar (`role="progressbar"`, with the status in its value text).
 * @csspart bar-fill - The filled part of the bar.
 * @csspart expected - The marker where the goal should be by now.
 * @csspart scale - Baseline and target under the bar.
 * @csspart status - The status word: reached, on track, behind, missed.
 * @csspart value - The current value.
 * @csspart facts - The list of figures (now, expected, share of the way, time left).
 * @csspart milestones - The list of milestones.
 * @csspart heading - The heading of each convenant task (grouped view).
 * @csspart loading - The loading state. @csspart error - The feed error. @csspart notice - Unknown goal or no goals.
 * @cssprop [--goal-progress-loading-size=40em] - Space kept for a list of goals while the feed loads (one goal: `--goal-progress-min-height`).
 * @cssprop [--goal-progress-good-color] - Reached and on track. Falls back to `--biebkit-positive-color`, `--basis-color-positive-color-default`.
 * @cssprop [--goal-progress-warning-color] - Behind schedule, overdue milestones. Falls back to `--biebkit-warning-color`, `--basis-color-warning-color-default`.
 * @cssprop [--goal-progress-bad-color] - Missed. Falls back to `--biebkit-negative-color`, `--basis-color-negative-color-default`.
 * @cssprop [--goal-progress-subtle-color] - Secondary text. Falls back to `--biebkit-subtle-color`, `--basis-color-default-color-subtle`.
 * @cssprop [--goal-progress-track-color] - The empty part of the bar.
 * @cssprop [--goal-progress-track-border-color] - The bar's outline (3:1 against the page by default).
 * @cssprop [--goal-progress-marker-color] - The expected-position marker. Falls back to the text colour.
 * @cssprop [--goal-progress-border-color] - Border of each goal. Falls back to `--biebkit-border-color`, `--basis-color-default-border-subtle`.
 * @cssprop [--goal-progress-border-width=1px] - Border width of each goal.
 * @cssprop [--goal-progress-border-radius] - Falls back to `--biebkit-border-radius`, `--basis-border-radius-md`.
 * @cssprop [--goal-progress-background=transparent] - Background of each goal.
 * @cssprop [--goal-progress-padding] - Falls back to `--biebkit-space`, `--basis-space-block-md`.
 * @cssprop [--goal-progress-gap] - Space between goals.
 * @cssprop [--goal-progress-bar-height=0.75rem] - Height of the bar.
 * @cssprop [--goal-progress-bar-radius=999px] - Corner radius of the bar.
 * @cssprop [--goal-progress-title-font-size=1em] - Size of goal titles.
 * @cssprop [--goal-progress-heading-font-size=1.25em] - Size of the convenant task headings.
 * @cssprop [--goal-progress-min-height=9rem] - Space reserved while loading.
 */
export class GoalProgress extends FeedElement {
  static override styles = [...FeedElement.styles, goalProgressStyles];

  /** The id of one goal to show. */
  @property({ reflect: true }) goal?: string;

  /** Without `goal`: only the goals of this convenant task. Without either, all goals grouped by task. */
  @property({ reflect: true }) theme?: Theme;

  /** The level of the task headings in the grouped view (goal titles are one deeper). Default 2. */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 2;

  #id = `gp${++nextId}`;

  protected override renderFeed(feed: Feed): TemplateResult | typeof nothing {
    const lang = this.language;
    const today = dateOf(this.nowMs());
    const goals = feed.goals ?? [];
    const id = this.goal?.trim();
    if (id) {
      const goal = goals.find((g) => g.id === id);
      if (!goal) return this.renderNotice(t(lang, 'unknownGoal', { id }));
      return this.#renderGoal(goal, feed, lang, today, 0, undefined);
    }
    const theme = this.theme?.trim();
    const selected = theme ? goals.filter((g) => g.theme === theme) : goals;
    if (!selected.length) return this.renderNotice(t(lang, 'noGoals'));
    if (theme) {
      return html`<ul class="list" aria-label=${themeLabel(theme as Theme, lang)}>
        ${selected.map((g, i) => html`<li>${this.#renderGoal(g, feed, lang, today, i, undefined)}</li>`)}
      </ul>`;
    }
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    let i = 0;
    return html`${goalsByTheme(selected).map(
      (group) => html`<section class="theme" aria-labelledby="${this.#id}-${group.theme}">
        <div class="theme-heading" part="heading" role="heading" aria-level=${level} id="${this.#id}-${group.theme}">
          ${themeLabel(group.theme, lang)}
        </div>
        <ul class="list">
          ${group.goals.map((g) => html`<li>${this.#renderGoal(g, feed, lang, today, i++, Math.min(6, level + 1))}</li>`)}
        </ul>
      </section>`,
    )}`;
  }

  #renderGoal(goal: Goal, feed: Feed, lang: Lang, today: PlainDate, index: number, headingLevel: number | undefined): TemplateResult {
    const reading = readGoal(goal, feed.kpis, today);
    const titleId = `${this.#id}-g${index}`;
    const title = localize(goal.title, lang);
    const description = localize(goal.description, lang);
    const status = reading ? (reading.kind === 'numeric' ? reading.progress.status : reading.status) : 'no-data';
    return html`<article class="goal status-${status}" part="goal" aria-labelledby=${titleId}>
      ${headingLevel
        ? html`<div class="title" part="title" id=${titleId} role="heading" aria-level=${headingLevel}>${title}</div>`
        : html`<p class="title" part="title" id=${titleId}>${title}</p>`}
      ${description ? html`<p class="description" part="description">${description}</p>` : nothing}
      ${!reading
        ? html`<p class="detail">${t(lang, 'unreadable')}</p>`
        : reading.kind === 'numeric'
          ? this.#renderNumeric(reading, lang, today, titleId)
          : this.#renderMilestones(reading, lang, titleId)}
    </article>`;
  }

  #renderBar(titleId: string, fraction: number | undefined, valueText: string, expected?: number): TemplateResult {
    return html`<div
      class="bar"
      part="bar"
      role="progressbar"
      aria-labelledby=${titleId}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${fraction === undefined ? nothing : clampPercent(fraction)}
      aria-valuetext=${valueText}
    >
      <div class="fill" part="bar-fill" style=${cspStyle({ 'inline-size': `${fraction === undefined ? 0 : clampPercent(fraction)}%` })}></div>
      ${expected === undefined ? nothing : html`<div class="expected" part="expected" style=${cspStyle({ 'inset-inline-start': `${clampPercent(expected)}%` })}></div>`}
    </div>`;
  }

  #renderNumeric(r: NumericGoalReading, lang: Lang, today: PlainDate, titleId: string): TemplateResult {
    const { progress: p, unit } = r;
    const opts = { decimals: r.decimals };
    const value = (v: number) => formatKpiValue(v, unit, lang, opts);
    const showExpected = p.expectedFraction !== undefined && (p.status === 'on-track' || p.status === 'behind');
    let detail = '';
    if (p.gap !== undefined && p.status === 'behind') detail = t(lang, 'behindBy', { amount: formatKpiDifference(p.gap, unit, lang, opts) });
    else if (p.gap !== undefined && p.status === 'on-track' && formatKpiDifference(p.gap, unit, lang, opts) !== formatKpiDifference(0, unit, lang, opts)) {
      detail = t(lang, 'aheadBy', { amount: formatKpiDifference(p.gap, unit, lang, opts) });
    }
    const when = r.current ? (r.current.period ? formatPeriod(r.current.period, lang) : formatShortDate(r.current.date, lang)) : '';
    const timeLeft = formatTimeLeft(today, r.target.date, lang);
    return html`${this.#renderBar(titleId, p.fraction, progressValueText(p.fraction, p.status, lang), showExpected ? p.expectedFraction : undefined)}
      <p class="scale" part="scale">
        <span>${value(r.baseline.value)} (${formatShortDate(r.baseline.date, lang)})</span>
        <span>${value(r.target.value)} (${formatShortDate(r.target.date, lang)})</span>
      </p>
      <p class="status-line">
        <span class="badge" part="status"><span aria-hidden="true">${STATUS_ICON[p.status]} </span>${progressStatusLabel(p.status, lang)}</span>
        ${detail ? html`<span class="detail">${detail}</span>` : nothing}
      </p>
      <dl class="facts" part="facts">
        ${r.current
          ? html`<div><dt>${t(lang, 'now')}</dt> <dd><span part="value">${value(r.current.value)}</span> (${when})</dd></div>`
          : nothing}
        ${showExpected && p.expectedValue !== undefined
          ? html`<div><dt><span class="marker-key" aria-hidden="true"></span> ${t(lang, 'expected')}</dt> <dd>${value(p.expectedValue)}</dd></div>`
          : nothing}
        ${p.fraction !== undefined ? html`<div><dt>${t(lang, 'ofWay')}</dt> <dd>${formatShare(p.fraction, lang)}</dd></div>` : nothing}
        <div>
          <dt>${t(lang, 'time')}</dt>
          <dd>${p.pastDeadline ? timeLeft : t(lang, 'elapsed', { time: timeLeft, percent: formatShare(p.elapsedFraction, lang) })}</dd>
        </div>
      </dl>`;
  }

  #renderMilestones(r: MilestoneGoalReading, lang: Lang, titleId: string): TemplateResult {
    const doneText = t(lang, 'milestonesDone', { done: r.done, total: r.total });
    return html`${this.#renderBar(titleId, r.fraction, `${doneText}, ${progressStatusLabel(r.status, lang)}`)}
      <p class="status-line">
        <span class="badge" part="status"><span aria-hidden="true">${STATUS_ICON[r.status]} </span>${progressStatusLabel(r.status, lang)}</span>
        <span class="detail">${doneText}${r.overdue ? `, ${t(lang, 'overdueCount', { n: r.overdue })}` : ''}</span>
      </p>
      ${r.next
        ? html`<p class="next">${t(lang, 'next', { title: localize(r.next.milestone.title, lang), date: formatShortDate(r.next.due, lang) })}</p>`
        : nothing}
      <ol class="milestones" part="milestones">
        ${r.milestones.map((m) => {
          const state = m.done ? 'done' : m.overdue ? 'overdue' : 'open';
          const when = m.done
            ? m.doneOn
              ? t(lang, 'doneOn', { date: formatShortDate(m.doneOn, lang) })
              : t(lang, 'done')
            : t(lang, m.overdue ? 'overdue' : 'due', { date: formatShortDate(m.due, lang) });
          return html`<li class=${state}>
            <span class="icon" aria-hidden="true">${m.done ? '✓' : m.overdue ? '!' : '○'}</span>${localize(m.milestone.title, lang)}
            <span class="when">— ${when}</span>
          </li>`;
        })}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'goal-progress': GoalProgress;
  }
}
