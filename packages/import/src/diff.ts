/** What an import adds to, changes in and removes from a feed (`--dry-run`), item by item and field by field. */
import type { Feed } from '@biebkit/feed';

export interface Change {
  kind: 'added' | 'changed' | 'removed';
  /** organisation, branch, KPI, goal, activity */
  what: string;
  id: string;
  /** For a change: the fields that differ (JSON Pointers inside the item), at most a few. */
  fields?: string[];
}

const LISTS: [key: 'branches' | 'kpis' | 'goals' | 'activities', what: string, nl: string][] = [
  ['branches', 'branch', 'vestiging'],
  ['kpis', 'KPI', 'kengetal'],
  ['goals', 'goal', 'doel'],
  ['activities', 'activity', 'activiteit'],
];

/** Where two JSON values differ, as pointers (arrays of different length count as one difference). */
export function differences(a: unknown, b: unknown, path = '', out: string[] = [], max = 50): string[] {
  if (out.length >= max) return out;
  if (a === b) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) {
        out.push(path || '/');
        return out;
      }
      a.forEach((v, i) => differences(v, b[i], `${path}/${i}`, out, max));
      return out;
    }
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) differences(ao[k], bo[k], `${path}/${k}`, out, max);
    return out;
  }
  out.push(path || '/');
  return out;
}

/** The changes from one feed to the next (`generated` and `$schema` do not count). */
export function diffFeeds(before: Feed | undefined, after: Feed): Change[] {
  const changes: Change[] = [];
  const org = differences(before?.organization, after.organization);
  if (!before) changes.push({ kind: 'added', what: 'organisation', id: after.organization.id });
  else if (org.length) changes.push({ kind: 'changed', what: 'organisation', id: after.organization.id, fields: org });
  for (const [key, what] of LISTS) {
    const old = new Map(((before?.[key] as { id: string }[] | undefined) ?? []).map((x) => [x.id, x]));
    const now = new Map(((after[key] as { id: string }[] | undefined) ?? []).map((x) => [x.id, x]));
    for (const [id, item] of now) {
      const was = old.get(id);
      if (!was) changes.push({ kind: 'added', what, id });
      else {
        const fields = differences(was, item);
        if (fields.length) changes.push({ kind: 'changed', what, id, fields });
      }
    }
    for (const id of old.keys()) if (!now.has(id)) changes.push({ kind: 'removed', what, id });
  }
  return changes;
}

const NL: Record<string, string> = Object.fromEntries([['organisation', 'organisatie'], ...LISTS.map(([, en, nl]) => [en, nl])]);

/** `+ branch "plein-2"`, `~ activity "taalcafe": /start, /recurrence/exdates`, `- KPI "oud"`. */
export function formatChange(c: Change, lang: 'en' | 'nl' = 'en'): string {
  const sign = c.kind === 'added' ? '+' : c.kind === 'removed' ? '-' : '~';
  const what = lang === 'nl' ? NL[c.what] ?? c.what : c.what;
  const fields = c.fields?.length ? `: ${c.fields.slice(0, 6).join(', ')}${c.fields.length > 6 ? `, … (${c.fields.length})` : ''}` : '';
  return `${sign} ${what} "${c.id}"${fields}`;
}

/** "3 added, 1 changed, 0 removed" */
export function changeCounts(changes: Change[], lang: 'en' | 'nl' = 'en'): string {
  const n = (k: Change['kind']) => changes.filter((c) => c.kind === k).length;
  return lang === 'nl'
    ? `${n('added')} toegevoegd, ${n('changed')} gewijzigd, ${n('removed')} verwijderd`
    : `${n('added')} added, ${n('changed')} changed, ${n('removed')} removed`;
}
