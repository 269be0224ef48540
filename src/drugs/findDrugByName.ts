import type { Payload, PayloadRequest } from 'payload'

import type { Drug } from '../payload-types'

import { normaliseDrugName } from './drugNames'

/** The drug known by this name or synonym, however it is written ("Baclofen ", "LIORESAL"). */
export const findDrugByName = async (
  payload: Payload,
  name: string,
  req?: PayloadRequest,
): Promise<Drug | undefined> => {
  const { docs } = await payload.find({
    pagination: false,
    collection: 'drugs',
    where: { knownNames: { in: [normaliseDrugName(name)] } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]
}
