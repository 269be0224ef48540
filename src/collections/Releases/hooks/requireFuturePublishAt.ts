import type { CollectionBeforeChangeHook } from 'payload'

import { fieldRefusal } from '../../../errors'
import { RELEASE_WRITE } from '../../../releases/releaseRecord'

/** A release's publication time, when set or changed by a person, lies ahead. */
export const requireFuturePublishAt: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (req.context[RELEASE_WRITE] || !data.publishAt) return data
  const changed =
    new Date(data.publishAt).getTime() !== new Date(originalDoc?.publishAt ?? 0).getTime()
  if (changed && new Date(data.publishAt).getTime() <= Date.now()) {
    throw fieldRefusal('releases', 'publishAt', 'The release time must be in the future')
  }
  return data
}
