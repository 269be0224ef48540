import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

export const refuseDeletingDefault: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const disclaimer = await req.payload.findByID({ collection: 'disclaimers', id, depth: 0, req })
  if (disclaimer.isDefault) {
    throw new APIError(
      'This is the default disclaimer. Make another disclaimer the default before deleting it.',
      409,
      undefined,
      true,
    )
  }
}
