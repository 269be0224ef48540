import type { WordChange } from './wordDiff'

export type ChangeKindOfEdit = 'added' | 'removed' | 'changed' | 'moved'

/** One field-level difference between two versions of a document. */
export type FieldChange = {
  /** Where: `summary`, `keyPoints[2].text`, `body[4]` (paragraph), `faqs[1]`, `meta.description`. */
  path: string
  kind: ChangeKindOfEdit
  /** Text, a list item, a related document's title, or (for a move) the 1-based position. */
  before: unknown
  after: unknown
  /** Whether the field is clinical (signed content) rather than editorial. */
  clinical: boolean
  /** For text that changed: the words, marked as kept, removed or added. */
  words?: WordChange[]
}

/** Titles of related documents, by collection and id (a relationship is shown by its title). */
export type RelatedTitles = (collection: string, id: string) => string
