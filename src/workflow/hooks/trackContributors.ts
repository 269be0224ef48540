import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../documents'
import { contentChanged } from './changes'

/** Remembers everyone who changed the content, so none of them can sign it off (four eyes). */
export const trackContributors: CollectionBeforeChangeHook = (args) => {
  const { data, originalDoc, req } = args
  if (!req.user || !contentChanged(args)) return data
  const contributors = ((originalDoc?.contributors as unknown[] | undefined) ?? [])
    .map(relationId)
    .filter((id): id is string => Boolean(id))
  const userId = String(req.user.id)
  return contributors.includes(userId) ? data : { ...data, contributors: [...contributors, userId] }
}
