import type { Validate } from 'payload'
import { readContext } from '../../shared/requestContext'

/** The default can only move to another disclaimer, never simply be switched off. */
export const validateDefaultFlag: Validate<boolean> = (value, { id, req, previousValue }) => {
  if (value || !id || !previousValue || readContext(req, 'replacingDefaultDisclaimer')) return true
  return 'Make another disclaimer the default instead; there must always be one'
}
