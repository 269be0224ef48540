export type MentionablePerson = { id: string; name: string; handle: string }

/** The "@…" being typed just before the caret, if any: what the suggestions match. */
export const mentionBeingTyped = (
  text: string,
  caret: number,
): { start: number; query: string } | undefined => {
  const match = /(^|\s)@([^@\s][^@\n]{0,40})?$/u.exec(text.slice(0, caret))
  if (!match) return undefined
  const query = match[2] ?? ''
  return { start: caret - query.length - 1, query }
}

/** Whom the typed "@…" may mean: names that start with it (or a word of them that does). */
export const suggestionsFor = (
  people: MentionablePerson[],
  query: string,
  limit = 6,
): MentionablePerson[] => {
  const wanted = query.toLowerCase()
  return people
    .filter((person) => {
      const name = person.name.toLowerCase()
      return (
        !wanted ||
        name.startsWith(wanted) ||
        name.split(/\s+/).some((word) => word.startsWith(wanted))
      )
    })
    .slice(0, limit)
}

/** The text with the typed "@…" replaced by the chosen person's handle, and where the caret goes. */
export const insertMention = (
  text: string,
  typed: { start: number; query: string },
  person: MentionablePerson,
): { text: string; caret: number } => {
  const before = text.slice(0, typed.start)
  const after = text.slice(typed.start + 1 + typed.query.length).replace(/^\s*/, '')
  const inserted = `@${person.handle} `
  return { text: `${before}${inserted}${after}`, caret: before.length + inserted.length }
}

/** Whether the text has an "@" followed by a word, i.e. its writer meant to mention someone. */
export const typedMention = (text: string): boolean => /(^|\s)@[\p{L}\p{N}]/u.test(text)
