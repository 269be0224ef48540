/**
 * JSON that is safe to inline in HTML: `<`, `>`, `&` and the JS line separators are written as
 * \u escapes, so text such as "</script>" in content cannot end a script element. It parses
 * to exactly the same data.
 */
export const safeJson = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
