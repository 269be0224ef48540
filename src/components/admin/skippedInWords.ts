type Skipped = { title: string; note?: string }

/** More of the same reason than this are counted, not listed one per line. */
const LISTED = 3

/**
 * What an "add to release" left out, in as few lines as the reasons: `“Dosing” was not added:
 * already live, nothing new.`, or `20 documents were not added: already live, nothing new.`
 */
export const skippedInWords = (skipped: Skipped[]): { line: string; titles: string[] }[] => {
  const byNote = new Map<string, string[]>()
  for (const { title, note = 'nothing to add' } of skipped)
    byNote.set(note, [...(byNote.get(note) ?? []), title])
  return [...byNote].flatMap(([note, titles]) =>
    titles.length > LISTED
      ? [{ line: `${titles.length} documents were not added: ${note}.`, titles }]
      : titles.map((title) => ({ line: `“${title}” was not added: ${note}.`, titles: [] })),
  )
}
