/** A dependency's stylesheet as text, inlined at build time (scripts/css-text.mjs). */
declare module '*.css?text' {
  const css: string;
  export default css;
}
