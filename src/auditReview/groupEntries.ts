import type { AuditLog } from '../payload-types'
import type { AuditReviewAnswer, ReviewDocument } from './schemas'

import { relationId } from '../shared/relations'
import { REFUSAL_ACTIONS, SECURITY_EVENT_ACTIONS } from './schemas'

/** What the loader found out about the entries' people and documents. */
export type EntryFacts = {
  names: Map<string, string>
  /** By `collection/id`; absent when the document no longer exists. */
  titles: Map<string, string>
  collectionLabel: (collection: string) => string
}

export const documentKey = (collection: string, id: string | null | undefined): string =>
  `${collection}/${id ?? ''}`

const collectionOf = (entry: AuditLog): string => entry.collectionSlug ?? 'unknown'

/** How many documents the entries are about (entries about no one document count as one). */
export const documentCount = (entries: AuditLog[]): number =>
  new Set(entries.map((entry) => documentKey(collectionOf(entry), entry.documentId))).size

/**
 * The entries grouped by the document they are about, each group in the order of its first
 * entry, entries oldest first; and the period's counts. Pure: the loader gathers the facts.
 */
export const groupEntries = (
  entries: AuditLog[],
  facts: EntryFacts,
): Pick<AuditReviewAnswer, 'documents' | 'summary'> => {
  const groups = new Map<string, ReviewDocument>()
  const byAction: Record<string, number> = {}
  for (const entry of entries) {
    const collection = collectionOf(entry)
    const key = documentKey(collection, entry.documentId)
    const group = groups.get(key) ?? {
      collection,
      collectionLabel: facts.collectionLabel(collection),
      id: entry.documentId ?? null,
      title: facts.titles.get(key) ?? null,
      entries: [],
    }
    groups.set(key, group)
    const actor = relationId(entry.actor)
    group.entries.push({
      id: String(entry.id),
      action: entry.action,
      at: new Date(entry.at).toISOString(),
      by: actor ? { id: actor, name: facts.names.get(actor) ?? 'a deleted account' } : null,
      comment: entry.comment ?? null,
      versionId: entry.versionId ?? null,
      contentHash: entry.contentHash ?? null,
      ...(entry.details === null || entry.details === undefined ? {} : { details: entry.details }),
    })
    byAction[entry.action] = (byAction[entry.action] ?? 0) + 1
  }
  const countOf = <Action extends string>(actions: readonly Action[]) =>
    Object.fromEntries(actions.map((action) => [action, byAction[action] ?? 0])) as Record<
      Action,
      number
    >
  return {
    documents: [...groups.values()],
    summary: {
      entries: entries.length,
      documents: groups.size,
      byAction,
      refusals: countOf(REFUSAL_ACTIONS),
      securityEvents: countOf(SECURITY_EVENT_ACTIONS),
    },
  }
}
