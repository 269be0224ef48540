import type { CollectionBeforeChangeHook } from 'payload'

import { VERIFICATION_FIELDS } from '../licenceVerificationFields'
import { sameValue } from '../protectedFields'

/** Who recorded a licence verification is the server's word: the account that changed it. */
export const stampLicenceVerifier: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const changed = VERIFICATION_FIELDS.some(
    (field) => field in data && !sameValue(field, data[field], originalDoc?.[field]),
  )
  return changed ? { ...data, licenceVerifiedBy: req.user?.id ?? null } : data
}
