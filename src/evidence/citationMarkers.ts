import { MARKER_SOURCE, oddCitationMarkers } from './markerForms'

/** A text by place; `field` is the article's own field path (none for a linked document's text). */
export type TextPart = { where: string; text: string; field?: string }

export type MarkerProblemKind = 'odd-form' | 'reversed-range' | 'unknown-reference'

export type MarkerProblem = {
  kind: MarkerProblemKind
  marker: string
  where: string
  field?: string
  message: string
  /** The marker as it should be written (an odd form's normal form). */
  suggestion?: string
}

const MARKER = new RegExp(MARKER_SOURCE, 'g')

const rangeOf = (part: string): [number, number] => {
  const [from, to = from] = part.split(/[–—-]/).map((n) => Number(n.trim()))
  return [from, to]
}

/**
 * Reads the citation markers (`[1]`, `[2, 3]`, `[4–6]`) in an article's texts against its
 * numbered reference list: which markers point to no reference, which numbers are cited, and
 * which bracketed numbers are written in another form (`［7］`), which saving refuses but older
 * content may hold.
 */
export const readCitationMarkers = (
  parts: TextPart[],
  referenceCount: number,
): { problems: MarkerProblem[]; cited: Set<number> } => {
  const problems: MarkerProblem[] = []
  const cited = new Set<number>()
  for (const { where, text, field } of parts) {
    for (const odd of oddCitationMarkers(text)) {
      problems.push({
        kind: 'odd-form',
        marker: odd.marker,
        where,
        field,
        suggestion: odd.normal,
        message: `${odd.marker} in ${where} is not written as a citation marker; write it as ${odd.normal}`,
      })
    }
    for (const match of text.matchAll(MARKER)) {
      const marker = match[0]
      for (const part of match[1].split(',')) {
        const [from, to] = rangeOf(part)
        if (from > to) {
          problems.push({
            kind: 'reversed-range',
            marker,
            where,
            field,
            message: `${marker} in ${where} is a reversed range`,
          })
          continue
        }
        const missing = from < 1 ? from : to > referenceCount ? to : undefined
        if (missing !== undefined) {
          problems.push({
            kind: 'unknown-reference',
            marker,
            where,
            field,
            message: `${marker} in ${where} cites reference ${missing}, but the article lists ${referenceCount} reference(s)`,
          })
          continue
        }
        for (let number = from; number <= to; number++) cited.add(number)
      }
    }
  }
  return { problems, cited }
}
