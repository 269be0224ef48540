import type { DefaultValue, PayloadRequest, RelationshipField } from 'payload'

// Payload awaits defaultValue functions, though its type only admits synchronous ones.
const defaultDisclaimerId = (async ({ req }: { req: PayloadRequest }) => {
  const { docs } = await req.payload.find({
    pagination: false,
    collection: 'disclaimers',
    where: { isDefault: { equals: true } },
    limit: 1,
    depth: 0,
    req,
  })
  return docs[0]?.id
}) as unknown as DefaultValue

/** The medical disclaimer printed with the content; the default disclaimer unless one is chosen. */
export const disclaimerField = (): RelationshipField => ({
  name: 'disclaimer',
  type: 'relationship',
  relationTo: 'disclaimers',
  defaultValue: defaultDisclaimerId,
  admin: {
    position: 'sidebar',
    description: 'Printed with this content. New content gets the default disclaimer.',
  },
})
