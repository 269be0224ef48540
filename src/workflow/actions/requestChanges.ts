import { z } from 'zod'

import { simpleTransition } from './simpleTransition'

export const requestChanges = simpleTransition(
  'request-changes',
  z.object({
    comment: z
      .string({ message: 'Say what needs to change' })
      .trim()
      .min(1, 'Say what needs to change')
      .max(5000, 'Keep the comment under 5000 characters'),
  }),
  'Changes requested.',
)
