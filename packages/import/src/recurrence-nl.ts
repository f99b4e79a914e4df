/**
 * Recurrence in words staff write: "elke week op dinsdag", "elke 2 weken op zaterdag", "elke maand op de 2e
 * dinsdag", "elke maand op de laatste vrijdag", "elke dag, 3 keer", "… tot en met 14-04-2027", read into the
 * feed's RRULE subset and written back the same way. A rule the words cannot say (a UTC UNTIL, WKST) stays
 * an RRULE in the cell, which is read as well.
 */
import { parseRRule, RRuleError } from '@biebkit/feed';

const DAYS: [code: string, names: string[]][] = [
  ['MO', ['maandag', 'ma', 'maandagen']],
  ['TU', ['dinsdag', 'di', 'dinsdagen']],
  ['WE', ['woensdag', 'wo', 'woensdagen']],
  ['TH', ['donderdag', 'do', 'donderdagen']],
  ['FR', ['vrijdag', 'vr', 'vrijdagen']],
  ['SA', ['zaterdag', 'za', 'zaterdagen']],
  ['SU', ['zondag', 'zo', 'zondagen']],
];
const DAY_NAME: Record<string, string> = Object.fromEntries(DAYS.map(([code, names]) => [code, names[0]!]));
const ORDINALS: Record<string, number> = {
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  vijfde: 5,
  laatste: -1,
  voorlaatste: -2,
};
const ORDINAL_WORD: Record<number, string> = { [-1]: 'laatste', [-2]: 'voorlaatste' };

function dayCode(word: string): string | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return DAYS.find(([, names]) => names.includes(w))?.[0];
}

function ordinal(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in ORDINALS) return ORDINALS[w];
  const m = /^(\d)(?:e|ste|de)$/.exec(w);
  return m ? Number(m[1]) : undefined;
}

/** Splits "dinsdag en donderdag", "di, do", "maandag, woensdag en vrijdag" into words. */
function listWords(text: string): string[] {
  return text
    .split(/\s*(?:,|\ben\b|&|\/)\s*/)
    .map((w) => w.trim())
    .filter(Boolean);
}

/** The RRULE text (canonical order) of Dutch words; undefined when the words are not a recurrence. */
export function rruleFromDutch(text: string): string | undefined {
  let rest = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const parts: Record<string, string> = {};
  // "… tot en met 14-04-2027" / "t/m 14-04-2027"
  const until = /[, ]*(?:tot en met|t\/m|tot)\s+(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?\s*$/.exec(rest);
  if (until) {
    const [, d, m, y, hh, mm] = until;
    parts['UNTIL'] = `${y}${m!.padStart(2, '0')}${d!.padStart(2, '0')}${hh ? `T${hh.padStart(2, '0')}${mm}00` : ''}`;
    rest = rest.slice(0, until.index).trim();
  }
  const count = /[, ]*(\d{1,4}) ?(?:keer|x|maal)\s*$/.exec(rest);
  if (count) {
    parts['COUNT'] = String(Number(count[1]));
    rest = rest.slice(0, count.index).trim();
  }
  rest = rest.replace(/[,\s]+$/, '');
  // "elke dinsdag (en donderdag)" says "elke week op dinsdag (en donderdag)"
  const everyDay = /^(?:elke|iedere) (.+)$/.exec(rest);
  if (everyDay && listWords(everyDay[1]!).every((w) => dayCode(w))) rest = `elke week op ${everyDay[1]}`;
  const freq =
    /^(?:elke|iedere) (?:(\d{1,3}) )?(dag|dagen|week|weken|maand|maanden)\b/.exec(rest) ??
    /^om de (?:(\d{1,3}) )?(dag|dagen|week|weken|maand|maanden)\b/.exec(rest) ??
    /^()(dagelijks|wekelijks|maandelijks)\b/.exec(rest);
  if (!freq) return undefined;
  const unit = freq[2]!;
  parts['FREQ'] = unit.startsWith('dag') ? 'DAILY' : unit.startsWith('wek') || unit.startsWith('week') ? 'WEEKLY' : 'MONTHLY';
  let interval = freq[1] ? Number(freq[1]) : 1;
  if (rest.startsWith('om de') && !freq[1]) interval = 2; // "om de week": every other week
  if (interval !== 1) parts['INTERVAL'] = String(interval);
  rest = rest.slice(freq[0].length).trim().replace(/^,\s*/, '');
  if (rest) {
    const on = /^op (?:de )?(.+)$/.exec(rest);
    if (!on) return undefined;
    const words = listWords(on[1]!);
    // "op de 15e", "op de laatste dag", "op dag 1 en 15"
    const monthDays: string[] = [];
    const byDay: string[] = [];
    let pendingOrdinals: number[] = [];
    for (const word of words) {
      const tokens = word.split(' ');
      if (tokens[0] === 'dag' && tokens.length === 2 && /^\d{1,2}$/.test(tokens[1]!)) {
        monthDays.push(tokens[1]!);
        continue;
      }
      if (tokens.length === 1 && /^\d{1,2}(?:e|ste|de)$/.test(tokens[0]!)) {
        // "de 1e en 3e zaterdag": an ordinal waiting for its day; "de 15e": a day of the month
        pendingOrdinals.push(Number(/^\d+/.exec(tokens[0]!)![0]));
        continue;
      }
      if (tokens.length === 1 && ORDINALS[tokens[0]!] !== undefined) {
        pendingOrdinals.push(ORDINALS[tokens[0]!]!);
        continue;
      }
      if (tokens.length === 2 && tokens[1] === 'dag' && ordinal(tokens[0]!) !== undefined) {
        const n = ordinal(tokens[0]!)!;
        monthDays.push(String(n));
        continue;
      }
      const last = tokens[tokens.length - 1]!;
      const code = dayCode(last);
      if (!code) return undefined;
      const ords = tokens.slice(0, -1).map(ordinal);
      if (ords.some((o) => o === undefined)) return undefined;
      const all = [...pendingOrdinals, ...(ords as number[])];
      pendingOrdinals = [];
      if (all.length) byDay.push(...all.map((n) => `${n}${code}`));
      else byDay.push(code);
    }
    // Ordinals left without a weekday are days of the month ("op de 1e en 15e").
    for (const n of pendingOrdinals) monthDays.push(String(n));
    if (byDay.length) parts['BYDAY'] = byDay.join(',');
    if (monthDays.length) parts['BYMONTHDAY'] = monthDays.join(',');
  }
  const rule = canonicalRRule(parts);
  try {
    parseRRule(rule);
  } catch {
    return undefined;
  }
  return rule;
}

/** Writes the parts in the feed's usual order: FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL, WKST. */
export function canonicalRRule(parts: Record<string, string>): string {
  return ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL', 'WKST']
    .filter((k) => parts[k] !== undefined)
    .map((k) => `${k}=${parts[k]}`)
    .join(';');
}

/** Dutch words for an RRULE, when the words say exactly that rule (read back, the same text); else undefined. */
export function dutchFromRRule(rrule: string): string | undefined {
  const parts: Record<string, string> = {};
  for (const p of rrule.split(';')) {
    const [k, v] = p.split('=');
    if (!k || v === undefined) return undefined;
    parts[k.toUpperCase()] = v.toUpperCase();
  }
  const interval = parts['INTERVAL'] ? Number(parts['INTERVAL']) : 1;
  const unit = { DAILY: ['dag', 'dagen'], WEEKLY: ['week', 'weken'], MONTHLY: ['maand', 'maanden'] }[parts['FREQ'] ?? ''];
  if (!unit || parts['WKST']) return undefined;
  let words = interval === 1 ? `elke ${unit[0]}` : `elke ${interval} ${unit[1]}`;
  const on: string[] = [];
  if (parts['BYDAY']) {
    for (const d of parts['BYDAY'].split(',')) {
      const m = /^(-?\d)?([A-Z]{2})$/.exec(d);
      if (!m || !DAY_NAME[m[2]!]) return undefined;
      const n = m[1] ? Number(m[1]) : undefined;
      on.push(n === undefined ? DAY_NAME[m[2]!]! : `${ORDINAL_WORD[n] ?? `${n}e`} ${DAY_NAME[m[2]!]}`);
    }
  }
  if (parts['BYMONTHDAY']) {
    for (const d of parts['BYMONTHDAY'].split(',')) on.push(Number(d) === -1 ? 'laatste dag' : `dag ${d}`);
  }
  if (on.length) {
    const list = on.length === 1 ? on[0]! : `${on.slice(0, -1).join(', ')} en ${on[on.length - 1]}`;
    words += ` op ${/^\d|laatste|voorlaatste/.test(on[0]!) && !on[0]!.startsWith('dag') ? 'de ' : ''}${list}`;
  }
  if (parts['COUNT']) words += `, ${parts['COUNT']} keer`;
  if (parts['UNTIL']) {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})00)?$/.exec(parts['UNTIL']);
    if (!m) return undefined;
    words += ` tot en met ${m[3]}-${m[2]}-${m[1]}${m[4] ? ` ${m[4]}:${m[5]}` : ''}`;
  }
  return rruleFromDutch(words) === rrule ? words : undefined;
}

/** Reads a Herhaling cell: Dutch words or an RRULE in the feed's subset. Throws RRuleError with the reason. */
export function readRecurrence(text: string): string {
  const trimmed = text.trim();
  const dutch = rruleFromDutch(trimmed);
  if (dutch) return dutch;
  if (/FREQ=/i.test(trimmed)) {
    const rule = trimmed.replace(/^RRULE:/i, '').replace(/\s+/g, '').toUpperCase();
    parseRRule(rule); // throws with the reason
    return rule;
  }
  throw new RRuleError(`"${trimmed}" is not a recurrence (write, for example, "elke week op dinsdag" or "elke maand op de 2e dinsdag")`);
}
