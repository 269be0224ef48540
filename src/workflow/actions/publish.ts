import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { parseInput } from '../../validation/parseInput'

import { publishVersion } from '../publication/publishVersion'
import { LINKED_READY_STATES, type ReviewableCollection } from '../states'
import { transitionFor } from '../transitions'
import { type ActionInput, type ActionResult } from './types'
import { requireRole } from './guards'
import { actOnLinked } from './linked'

export const publishBodySchema = z.object({
  includeLinked: z.boolean().optional(),
  note: z
    .string()
    .trim()
    .max(500, 'Keep the public note under 500 characters')
    .optional()
    .describe('A public summary of what changed, shown in the page’s update log'),
})

/** Publishes one approved document through the one publication operation. */
const publishOne = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
  note?: string,
): Promise<void> => {
  await publishVersion({ req, target: { collection, id }, note, via: 'action' })
}

export const publish = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  requireRole(req, transitionFor('publish'))
  const body = parseInput(publishBodySchema, input.body)
  const linked =
    body.includeLinked && collection === 'articles'
      ? await actOnLinked({
          req,
          articleId: id,
          readyStates: LINKED_READY_STATES.publish,
          doneState: 'published',
          act: (linkedCollection, linkedId) => publishOne(req, linkedCollection, linkedId),
        })
      : undefined
  await publishOne(req, collection, id, body.note)
  return { collection, id, state: 'published', message: 'Published.', linked }
}
