import type { CollectionBeforeChangeHook } from 'payload'

import { fieldRefusal } from '../../../errors'
import { readContext } from '../../../shared/requestContext'

/** A release's publication time, when set or changed by a person, lies ahead. */
export const requireFuturePublishAt: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (readContext(req, 'releaseWrite') || !data.publishAt) return data
  const changed =
    new Date(data.publishAt).getTime() !== new Date(originalDoc?.publishAt ?? 0).getTime()
  if (changed && new Date(data.publishAt).getTime() <= Date.now()) {
    throw fieldRefusal('releases', 'publishAt', 'The release time must be in the future')
  }
  return data
}
