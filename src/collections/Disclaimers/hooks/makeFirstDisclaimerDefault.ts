import type { CollectionBeforeChangeHook } from 'payload'

/** With no default disclaimer yet, the one being created becomes it. */
export const makeFirstDisclaimerDefault: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || data.isDefault) return data
  const { totalDocs } = await req.payload.count({
    collection: 'disclaimers',
    where: { isDefault: { equals: true } },
    req,
  })
  return totalDocs === 0 ? { ...data, isDefault: true } : data
}
