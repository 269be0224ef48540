import type { Validate } from 'payload'

export const REPLACING_DEFAULT_DISCLAIMER = 'replacingDefaultDisclaimer'

/** The default can only move to another disclaimer, never simply be switched off. */
export const validateDefaultFlag: Validate<boolean> = (value, { id, req, previousValue }) => {
  if (value || !id || !previousValue || req.context?.[REPLACING_DEFAULT_DISCLAIMER]) return true
  return 'Make another disclaimer the default instead; there must always be one'
}
