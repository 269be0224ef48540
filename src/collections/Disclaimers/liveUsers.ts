import type { PayloadRequest } from 'payload'

import { describeIn } from '../../shared/describe'
import { CARRIES_DISCLAIMER } from '../../workflow/states'

export type LiveUser = { collection: string; id: string; title: string }

/** The published documents whose live version prints this disclaimer. */
export const liveDocumentsUsing = async (
  req: PayloadRequest,
  disclaimerId: number | string,
): Promise<LiveUser[]> => {
  const users: LiveUser[] = []
  for (const collection of CARRIES_DISCLAIMER) {
    const { docs } = await req.payload.find({
      collection,
      where: {
        and: [{ disclaimer: { equals: disclaimerId } }, { _status: { equals: 'published' } }],
      },
      draft: false,
      depth: 0,
      pagination: false,
      req,
    })
    users.push(
      ...docs.map((doc) => ({
        collection,
        id: String(doc.id),
        title: describeIn(req, collection, doc),
      })),
    )
  }
  return users
}

export const describeUsers = (users: LiveUser[]): string =>
  users.map((user) => `${user.collection} "${user.title}"`).join(', ')
