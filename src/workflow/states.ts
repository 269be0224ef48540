export const REVIEWABLE_COLLECTIONS = ['articles', 'faqs', 'comparison-rows', 'references'] as const
export type ReviewableCollection = (typeof REVIEWABLE_COLLECTIONS)[number]

export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'withdrawn',
] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/**
 * The states in which a document's writer may still change it and submit it. A content change in
 * any other state voids the review (the document goes back to draft).
 */
export const EDITABLE_STATES = [
  'draft',
  'changes_requested',
] as const satisfies readonly WorkflowState[]

/**
 * The states in which the document's author (creator or contributor) may edit it. A published
 * latest version is the live one: editing it starts a revision while the live version serves.
 */
export const AUTHOR_EDITABLE_STATES = [
  ...EDITABLE_STATES,
  'published',
] as const satisfies readonly WorkflowState[]

export const isEditableState = (state: unknown): boolean =>
  (EDITABLE_STATES as readonly string[]).includes(String(state))

/** A state in words: `changes_requested` → "changes requested". */
export const stateInWords = (state: string): string => state.replace(/_/g, ' ')

export const isReviewableCollection = (slug: string): slug is ReviewableCollection =>
  (REVIEWABLE_COLLECTIONS as readonly string[]).includes(slug)

/** Collections whose documents print a medical disclaimer. */
export const CARRIES_DISCLAIMER: readonly ReviewableCollection[] = [
  'articles',
  'faqs',
  'comparison-rows',
]

/** What an article links to; all of it must be published before the article. */
export const ARTICLE_LINKS = [
  { field: 'faqs', collection: 'faqs' },
  { field: 'comparisonRows', collection: 'comparison-rows' },
  { field: 'references', collection: 'references' },
] as const

/**
 * The states in which an article's submit, sign-off and publish take a linked document along
 * (`includeLinked`); the panel offers the same ones.
 */
export const LINKED_READY_STATES = {
  submit: EDITABLE_STATES,
  'sign-off': ['in_review'],
  publish: ['approved'],
} as const satisfies Record<string, readonly WorkflowState[]>
