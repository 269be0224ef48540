import type { WordChange } from './wordDiff'

export type ChangeKindOfEdit = 'added' | 'removed' | 'changed' | 'moved'

/** One field-level difference between two versions of a document. */
export type FieldChange = {
  /** Where: `summary`, `keyPoints[2].text`, `body[4]` (paragraph), `faqs[1]`, `meta.description`. */
  path: string
  /**
   * The same, in the words of the collection's field labels: "Key point 2 – Text", "Body –
   * paragraph 4", "FAQ added: Can I drink alcohol?". Never an internal id.
   */
  label: string
  kind: ChangeKindOfEdit
  /** Text, a list item, a related document's title, or (for a move) the 1-based position. */
  before: unknown
  after: unknown
  /** What a reader sees in the signed and in the latest version; null where there is nothing. */
  beforeText: string | null
  afterText: string | null
  /** Whether the field is clinical (signed content) rather than editorial. */
  clinical: boolean
  /** For text that changed: the words, marked as kept, removed or added. */
  words?: WordChange[]
}

/** How related documents and their collections are named (a relationship is shown by its title). */
export type RelatedNames = {
  /** A related document's title (`admin.useAsTitle`), never its id. */
  title: (collection: string, id: string) => string
  /** A collection's singular label: "FAQ", "Reference". */
  singular: (collection: string) => string
}
