/** Someone a comment may mention, by every handle that names them ("Full Name", email). */
export type MentionHandles = { id: string; handles: string[] }

export type MentionSpan = { start: number; end: number; id: string }

/** A handle ends where a name could not go on: "@Sam Second," but not "@Sam Secondary". */
const isNameCharacter = (character: string | undefined): boolean =>
  Boolean(character && /[\p{L}\p{N}_]/u.test(character))

/**
 * Where the text mentions each person ("@Full Name", "@email", any case), in reading order. Of two
 * handles at the same place the longer wins ("@Sam Second" is not also "@Sam"). Pure: the server
 * reads mentions with it and the thread highlights them with it.
 */
export const mentionSpans = (text: string, people: MentionHandles[]): MentionSpan[] => {
  const lower = text.toLowerCase()
  const found: MentionSpan[] = []
  for (const person of people) {
    for (const handle of new Set(person.handles.filter(Boolean))) {
      const needle = `@${handle.toLowerCase()}`
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
        const end = at + needle.length
        if (!isNameCharacter(text[end])) found.push({ start: at, end, id: person.id })
      }
    }
  }
  const taken: MentionSpan[] = []
  for (const span of found.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (taken.some((other) => span.start < other.end && other.start < span.end)) continue
    taken.push(span)
  }
  return taken.sort((a, b) => a.start - b.start)
}
