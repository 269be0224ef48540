import type { CollectionAfterChangeHook } from 'payload'

import type { Disclaimer } from '../../../payload-types'

import { contextOption } from '../../../shared/requestContext'

/** Setting a new default unsets the old one, in the same transaction. */
export const keepOneDefault: CollectionAfterChangeHook<Disclaimer> = async ({ doc, req }) => {
  if (!doc.isDefault) return doc
  await req.payload.update({
    collection: 'disclaimers',
    where: { and: [{ isDefault: { equals: true } }, { id: { not_equals: doc.id } }] },
    data: { isDefault: false },
    context: contextOption({ replacingDefaultDisclaimer: true }),
    req,
  })
  return doc
}
