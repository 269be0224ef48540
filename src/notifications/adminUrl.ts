import type { Payload } from 'payload'

/** The document's edit view in the admin, absolute when SERVER_URL is set. */
export const adminDocumentUrl = (payload: Payload, collection: string, id: string): string =>
  `${payload.config.serverURL ?? ''}${payload.config.routes.admin}/collections/${collection}/${id}`
