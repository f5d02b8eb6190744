/**
 * JSON for an inline <script type="application/ld+json">: text from minutes could hold
 * "</script>", so "<", ">" and "&" are written as \u escapes, which JSON reads back
 * unchanged and HTML cannot mistake for markup.
 * Example: jsonForScript({ name: '</script>' }) === '{"name":"\\u003c/script\\u003e"}'.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
