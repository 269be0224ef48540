import type { CollectionBeforeChangeHook } from 'payload'

import { relationIds } from '../../shared/relations'
import { contentChanged } from './changes'

/**
 * Remembers everyone who changed the content, so none of them can sign it off (four eyes). The
 * list only grows: nothing a save sends can remove a contributor.
 */
export const trackContributors: CollectionBeforeChangeHook = (args) => {
  const { data, operation, originalDoc, req } = args
  const earlier = operation === 'update' ? relationIds(originalDoc?.contributors) : []
  const contributors = new Set([...earlier, ...relationIds(data.contributors)])
  if (req.user && (operation === 'create' || contentChanged(args)))
    contributors.add(String(req.user.id))
  return { ...data, contributors: [...contributors] }
}
