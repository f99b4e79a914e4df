/** Serialising schema.org JSON-LD for a `<script type="application/ld+json">`. */

/**
 * The JSON text of a JSON-LD document, with `<` escaped as `\u003c` so the text can never close its script
 * element, even when a feed's text contains `</script>` and the page is serialised. Still valid JSON.
 */
export function jsonLdText(doc: object): string {
  return JSON.stringify(doc).replace(/</g, '\\u003c');
}
