import { z } from 'zod'

import { simpleTransition } from './simpleTransition'

export const submit = simpleTransition(
  'submit',
  z.object({ comment: z.string().trim().max(2000).optional() }),
  'Submitted for review.',
)
