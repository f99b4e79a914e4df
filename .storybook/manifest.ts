/**
 * custom-elements.json names a tag only for classes that say `@tagname` (or call customElements.define
 * directly); Biebkit registers through defineElement(), so an element without `@tagname` would lose its
 * autodocs. By the repository's convention the class in `src/<tag>/<tag>.ts` is `<tag>`: fill that in.
 * Also drops private and protected members, which are not part of the public API.
 */
interface Member {
  name: string;
  privacy?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
}
interface Manifest {
  modules?: Module[];
}

export function withConventionalTagNames<T extends Manifest>(manifest: T): T {
  for (const mod of manifest.modules ?? []) {
    // Private (#x) and protected members are not API: keep them out of the designers' tables.
    for (const decl of mod.declarations ?? []) {
      if (decl.members) decl.members = decl.members.filter((m) => !m.privacy && !m.name.startsWith('#'));
    }
    const tag = /(?:^|\/)src\/([a-z][a-z0-9]*-[a-z0-9-]+)\/\1\.ts$/.exec(mod.path)?.[1];
    if (!tag) continue;
    const classes = (mod.declarations ?? []).filter((d) => d.kind === 'class');
    if (classes.some((d) => d.tagName)) continue;
    const main = classes[0];
    if (main) {
      main.tagName = tag;
      main.customElement = true;
    }
  }
  return manifest;
}
