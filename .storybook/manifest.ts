/**
 * The manifest as Storybook's autodocs should see it: private (#x) and protected members are not part of
 * the public API, so they are kept out of the designers' tables. (Tag names come from `@tagname` on each
 * element class; scripts/gen-element-docs.mjs fails when one is missing.)
 */
interface Member {
  name: string;
  privacy?: string;
}
interface Manifest {
  modules?: { declarations?: { members?: Member[] }[] }[];
}

export function publicApiOnly<T extends object>(input: T): T {
  const manifest = input as Manifest;
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.members) decl.members = decl.members.filter((m) => !m.privacy && !m.name.startsWith('#'));
    }
  }
  return input;
}
