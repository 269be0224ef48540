import type { Payload, PayloadRequest } from 'payload'

import { findDrugByName } from './findDrugByName'

/**
 * The id of the drug a free-text name means (by name or synonym, however written), created when
 * no drug goes by it. For turning old free-text drug tags into relations.
 */
export const drugNamed = async (
  payload: Payload,
  name: string,
  req?: PayloadRequest,
): Promise<string> => {
  const known = await findDrugByName(payload, name, req)
  if (known) return String(known.id)
  const created = await payload.create({
    collection: 'drugs',
    data: { name: name.trim() },
    overrideAccess: true,
    req,
  })
  return String(created.id)
}
