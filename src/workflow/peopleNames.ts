import type { PayloadRequest } from 'payload'

import { personName } from './assignment'

/**
 * The names of these accounts, for staff who may not read each other's accounts (reviewers' names
 * are printed on every signature anyway), in `sort` order.
 */
export const peopleNames = async (
  req: PayloadRequest,
  ids: string[],
): Promise<{ id: string; name: string }[]> => {
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: { fullName: true, email: true },
    sort: 'fullName',
    req,
  })
  return docs.map((user) => ({ id: String(user.id), name: personName(user) }))
}
