import type { CollectionBeforeChangeHook } from 'payload'

import type { ReviewableCollection } from '../../../workflow/states'

import { mentionsIn } from '../../../reviewComments/mentions'

/** Whom the comment mentions, read from its text whenever the text is written. */
export const stampMentions: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && data.comment === undefined) return data
  const mentions = await mentionsIn(req, {
    comment: data.comment,
    collectionSlug: (data.collectionSlug ?? originalDoc?.collectionSlug) as ReviewableCollection,
    documentId: String(data.documentId ?? originalDoc?.documentId),
  })
  return { ...data, mentions }
}
