import type { ReviewableCollection } from '../../../workflow/states'

/** How many of a queue's entries the dashboard lists; "Show all" links lead to the rest. */
export const PREVIEW_SIZE = 5

/** A reviewable document in a queue, with what the queues show about it. */
export type DocumentEntry = {
  collection: ReviewableCollection
  collectionLabel: string
  id: string
  title: string
  href: string
  updatedAt: string
  assignee: string | null
  dueAt: string | null
  nextReviewDue: string | null
  /** When the live page expires (nextReviewDue plus REVIEW_GRACE_DAYS). */
  expiresAt: string | null
  reviewReason: string | null
  signedOff: { by: string; on: string } | null
}

/** A pending or failed schedule of one document, or a release of several. */
export type ScheduleEntry = {
  change: 'publish' | 'withdraw' | 'release'
  id: string
  title: string
  /** The scheduled document's edit view, or the release's; none for a deleted document. */
  href: string | null
  /** "Article", "Release of 3 documents". */
  what: string
  at: string | null
  updatedAt: string
  failure: string | null
}

/** Where the rest of one collection's part of a queue is listed. */
export type ShowAllLink = { label: string; total: number; href: string }

export type QueueContents<Entry> = { total: number; entries: Entry[]; showAll: ShowAllLink[] }

/** One collection's part of a queue: its first entries in the queue's order, and how many. */
export type SourcePart<Entry> = { entries: Entry[]; total: number; label: string; href: string }

/**
 * The first PREVIEW_SIZE entries of all parts together in the queue's order, with a "Show all"
 * link for each part that has more than the dashboard lists of it.
 */
export const combineParts = <Entry>(
  parts: SourcePart<Entry>[],
  order: (a: Entry, b: Entry) => number,
): QueueContents<Entry> => {
  const tagged = parts.flatMap((part, index) => part.entries.map((entry) => ({ entry, index })))
  const shown = tagged.sort((a, b) => order(a.entry, b.entry)).slice(0, PREVIEW_SIZE)
  const showAll = parts
    .filter((part, index) => part.total > shown.filter((item) => item.index === index).length)
    .map(({ label, total, href }) => ({ label, total, href }))
  return {
    total: parts.reduce((sum, part) => sum + part.total, 0),
    entries: shown.map((item) => item.entry),
    showAll,
  }
}

/** Most recently updated first. */
export const latestFirst = (a: { updatedAt: string }, b: { updatedAt: string }): number =>
  b.updatedAt.localeCompare(a.updatedAt)
