import type { Validate } from 'payload'
import type { z } from 'zod'

import type { User } from '../../payload-types'

import { isBlank, validateWith } from '../../validation/payloadValidator'

export const isReviewer = (data: Partial<User> | undefined): boolean => data?.role === 'reviewer'

/** Required when the account is a pharmacist reviewer; format-checked whenever it is filled in. */
export const requiredForReviewers =
  (schema: z.ZodType): Validate =>
  (value, { data }) => {
    if (isBlank(value)) {
      return isReviewer(data as Partial<User>) ? 'Required for pharmacist reviewers' : true
    }
    return validateWith(schema, value)
  }
