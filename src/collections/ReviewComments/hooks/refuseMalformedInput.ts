import type { CollectionBeforeValidateHook } from 'payload'

import { commentInputSchema } from '../../../reviewComments/commentInput'
import { parseInput } from '../../../validation/parseInput'

/** A comment whose ids or texts are not text is refused with a 400 naming the field. */
export const refuseMalformedInput: CollectionBeforeValidateHook = ({ data }) => {
  parseInput(commentInputSchema, data)
  return data
}
