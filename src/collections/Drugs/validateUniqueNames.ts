import type { TextFieldManyValidation, TextFieldSingleValidation, Where } from 'payload'

import { namesOf, normaliseDrugName } from '../../drugs/drugNames'

type Names = { name?: unknown; synonyms?: unknown }

/** The names of this drug that another drug already goes by. */
const takenNames = async (
  names: string[],
  { req, id }: { req: Parameters<TextFieldSingleValidation>[1]['req']; id?: number | string },
): Promise<string[]> => {
  if (!names.length) return []
  const others: Where[] = [{ knownNames: { in: names } }]
  if (id !== undefined) others.push({ id: { not_equals: id } })
  const { docs } = await req.payload.find({
    collection: 'drugs',
    where: { and: others },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const taken = new Set(docs.flatMap((drug) => (drug.knownNames ?? []) as string[]))
  return names.filter((name) => taken.has(name))
}

/** A drug's name is no other drug's name or synonym, so a name always means one drug. */
export const validateDrugName: TextFieldSingleValidation = async (value, options) => {
  if (typeof value !== 'string' || !value.trim()) return 'Give the drug’s name'
  const taken = await takenNames([normaliseDrugName(value)], options)
  return taken.length ? `Another drug is already known as "${value.trim()}"` : true
}

export const validateDrugSynonyms: TextFieldManyValidation = async (value, options) => {
  const data = options.data as Names
  const own = new Set(namesOf({ name: data?.name }))
  const synonyms = namesOf({ synonyms: value }).filter((name) => !own.has(name))
  const taken = await takenNames(synonyms, options)
  return taken.length ? `Another drug is already known as: ${taken.join(', ')}` : true
}
