/**
 * "Open now" at national scale: a layer over the engine's public evaluation (`BranchHours.status`) that
 * works out each branch's status once per stretch of time in which it cannot change, and reuses it for
 * every instant of that stretch.
 *
 * A status computed at `t` holds until the first of: the doors' next change (`change`), staff leaving
 * (`staffedUntil`, while staffed), staff arriving (`staffedFrom`, while the doors are open without them)
 * and the next Amsterdam midnight, when "today", "tomorrow" and today's hours move on. Those instants are
 * all in the status itself, so the stretch costs nothing beyond the one evaluation. The stretch after it
 * can be prepared ahead (`prepare`, in idle time), so that when a change falls due the new status is a
 * lookup. `test/precompute.test.ts` checks the result against the plain evaluation minute by minute over
 * whole years.
 */
import { addDays, dateOf, startOfDay } from '../time/amsterdam.js';
import type { BranchHours, BranchStatus } from './engine.js';

/** A branch's status and the instants `[from, until)` it holds for. */
export interface StatusStretch {
  readonly from: number;
  readonly until: number;
  readonly status: BranchStatus;
}

/** The first instant after `t` at which anything in `status` (the status at `t`) can be different. */
export function statusUntil(status: BranchStatus, t: number): number {
  let until = startOfDay(addDays(dateOf(t), 1));
  for (const at of [status.change?.at, status.staffed ? status.staffedUntil : undefined, status.staffedFrom]) {
    if (at !== undefined && at > t && at < until) until = at;
  }
  return until;
}

/** The status of a branch at `t` and how long it holds (one evaluation by the engine). */
export function stretchAt(hours: BranchHours, t: number): StatusStretch {
  const status = hours.status(t);
  return { from: t, until: statusUntil(status, t), status };
}

/** One branch: its current stretch, and the next one once prepared. */
export class PrecomputedStatus {
  #hours: BranchHours | (() => BranchHours);
  #current?: StatusStretch;
  #next?: StatusStretch;

  /** `hours`, or a function that makes them when first needed (a national list shows a few branches first). */
  constructor(hours: BranchHours | (() => BranchHours)) {
    this.#hours = hours;
  }

  get hours(): BranchHours {
    if (typeof this.#hours === 'function') this.#hours = this.#hours();
    return this.#hours;
  }

  /** The stretch holding `t`: reused when `t` is in the current or the prepared one, else computed. */
  at(t: number): StatusStretch {
    const current = this.#current;
    if (current && t >= current.from && t < current.until) return current;
    const next = this.#next;
    this.#next = undefined;
    this.#current = next && t >= next.from && t < next.until ? next : stretchAt(this.hours, t);
    return this.#current;
  }

  /** Works out the stretch after the current one, ahead of time; undefined when there was nothing to do. */
  prepare(): StatusStretch | undefined {
    const current = this.#current;
    if (!current || this.#next?.from === current.until) return undefined;
    return (this.#next = stretchAt(this.hours, current.until));
  }
}

/** Many branches (a whole network): the status of each at an instant, and when the first one changes. */
export class StatusBoard {
  readonly branches: readonly PrecomputedStatus[];
  #due?: number;
  #cursor = 0;

  /** Each branch's hours, or a function that makes them when first needed. */
  constructor(hours: readonly (BranchHours | (() => BranchHours))[]) {
    this.branches = hours.map((h) => new PrecomputedStatus(h));
  }

  /** Every branch's stretch at `t`, in the order given. */
  at(t: number): StatusStretch[] {
    let due: number | undefined;
    const out = this.branches.map((b) => {
      const s = b.at(t);
      if (due === undefined || s.until < due) due = s.until;
      return s;
    });
    this.#due = due;
    this.#cursor = 0;
    return out;
  }

  /** The earliest end of the stretches `at` last gave: when some branch's status changes. */
  get nextDue(): number | undefined {
    return this.#due;
  }

  /**
   * Prepares each branch's next stretch, one branch at a time while `more()` allows (an idle deadline),
   * going on where the last call stopped (`prepared` hears of each new one, to make what it shows ahead
   * too); true once every branch is prepared. Cheap for branches already prepared, so a page can call it
   * whenever it is idle.
   */
  prepare(more: () => boolean = () => true, prepared?: (index: number, stretch: StatusStretch) => void): boolean {
    while (this.#cursor < this.branches.length) {
      if (!more()) return false;
      const index = this.#cursor++;
      const stretch = this.branches[index]!.prepare();
      if (stretch) prepared?.(index, stretch);
    }
    this.#cursor = 0;
    return true;
  }
}
