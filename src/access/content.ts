import type { Access, PayloadRequest } from 'payload'

import { settingsOf } from '../config/settings'
import { isStaffUser } from './roles'

const publicApiEnabled = (req: PayloadRequest): boolean => settingsOf(req.payload).publicApi

/** Whether the caller may read published content (so sees exactly what the public sees). */
export const mayReadPublished = (req: PayloadRequest): boolean =>
  Boolean(req.user) || publicApiEnabled(req)

/**
 * Staff read everything. Downstream sites read published documents only: anonymously, or with a
 * consumer API key when PUBLIC_API=false.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (!req.user && !publicApiEnabled(req)) return false
  return { _status: { equals: 'published' } }
}
