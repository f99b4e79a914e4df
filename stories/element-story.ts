/**
 * What every element's stories share, so that a `<tag>.stories.ts` (beside its element, as Shoelace and Lion
 * keep each component's docs with the component) says only what is special about its element and stories:
 *
 *     const meta = { title: 'Elements/kpi-tile', component: 'kpi-tile', ...elementStories('kpi-tile', { options }),
 *       args: { src: '…', kpi: '…' } } satisfies Meta;
 *     export const WithTarget: StoryObj = { args: { showTarget: true } };
 *
 * `render` writes each arg onto the element the way custom-elements.json says: an arg named after a property
 * that has an attribute becomes that attribute (`showTarget: true` -> `show-target`; false, '' and undefined
 * leave it out), any other arg is set as a property (`feed`), `lang` is the attribute, and `width` wraps
 * the element in a box that wide. The controls come from the manifest too (Storybook reads it in
 * preview.ts); `options` only adds the choices of properties whose type the manifest names by alias.
 */
import type { ArgTypes, Meta } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
}

const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []) as Declaration[]);

/** Radio buttons for a few choices, a select for more. */
const choice = (options: readonly string[]) => ({ control: options.length <= 4 ? 'inline-radio' : 'select', options }) as const;

export function elementStories(
  tag: string,
  { options = {} }: { options?: Record<string, readonly string[]> } = {},
): Required<Pick<Meta, 'render' | 'argTypes'>> {
  const decl = declarations.find((d) => d.tagName === tag);
  if (!decl) throw new Error(`<${tag}> is not in custom-elements.json (npm run analyze)`);
  const attributeOf = new Map((decl.attributes ?? []).flatMap((a) => (a.fieldName ? [[a.fieldName, a.name] as const] : [])));
  attributeOf.set('lang', 'lang');
  const argTypes: ArgTypes = { lang: choice(['nl', 'en']), width: { control: 'text', description: 'Story only: the width of the box around the element.' } };
  for (const [name, values] of Object.entries(options)) argTypes[name] = choice(values);
  return {
    argTypes,
    render: (args) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(args)) {
        const attribute = attributeOf.get(name);
        if (name === 'width') continue;
        if (!attribute) Reflect.set(el, name, value);
        else if (value === false || value === '' || value == null) el.removeAttribute(attribute);
        else el.setAttribute(attribute, value === true ? '' : String(value));
      }
      if (!args.width) return el;
      const box = document.createElement('div');
      box.style.maxInlineSize = String(args.width);
      box.append(el);
      return box;
    },
  };
}

/** The convenant's four societal tasks: the `theme` of KPIs, goals and activities. */
export const THEMES = ['', 'literate-society', 'information-society', 'lifelong-development', 'robust-library'] as const;
/** `compare` of `<kpi-tile>` and `<kpi-tile-group>`. */
export const COMPARE = ['both', 'previous', 'year', 'none'] as const;
/** `variant` of `<kpi-tile>` and `<kpi-tile-group>`. */
export const VARIANTS = ['compact', 'default', 'chart'] as const;
