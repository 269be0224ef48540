import type { CollectionBeforeDeleteHook } from 'payload'

import { ConflictError } from '../../../errors'

export const refuseDeletingDefault: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const disclaimer = await req.payload.findByID({ collection: 'disclaimers', id, depth: 0, req })
  if (disclaimer.isDefault) {
    throw new ConflictError(
      'This is the default disclaimer. Make another disclaimer the default before deleting it.',
    )
  }
}
