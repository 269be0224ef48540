import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../documents'
import { contentChanged } from './changes'

const idsOf = (values: unknown): string[] =>
  ((values as unknown[] | null | undefined) ?? []).map(relationId).filter((id): id is string => Boolean(id))

/**
 * Remembers everyone who changed the content, so none of them can sign it off (four eyes). The
 * list only grows: nothing a save sends can remove a contributor.
 */
export const trackContributors: CollectionBeforeChangeHook = (args) => {
  const { data, operation, originalDoc, req } = args
  const earlier = operation === 'update' ? idsOf(originalDoc?.contributors) : []
  const contributors = new Set([...earlier, ...idsOf(data.contributors)])
  if (req.user && (operation === 'create' || contentChanged(args))) contributors.add(String(req.user.id))
  return { ...data, contributors: [...contributors] }
}
