import type { User } from '../../payload-types'

import { VERIFICATION_FIELDS } from './licenceVerificationFields'

/**
 * What a pharmacist's signature and byline rest on: only an admin sets them, and every change is
 * audited. A reviewer's printed name (fullName) is one of them; other staff edit their own name.
 */
export const ADMIN_ONLY_FIELDS = [
  'role',
  'credentials',
  'licenceNumber',
  'licenceExpiresAt',
  ...VERIFICATION_FIELDS,
  'specialtyCredential',
] as const
export const REVIEWER_NAME_FIELD = 'fullName'

export const AUDITED_ACCOUNT_FIELDS = [
  'email',
  'role',
  'fullName',
  'credentials',
  'licenceNumber',
  'licenceExpiresAt',
  ...VERIFICATION_FIELDS,
  'specialtyCredential',
] as const

const FIELD_LABELS: Record<string, string> = {
  role: 'the role',
  credentials: 'pharmacist credentials',
  licenceNumber: 'the licence number',
  licenceExpiresAt: 'the licence expiry',
  licenceIssuer: 'the licence’s issuing body',
  licenceVerificationSource: 'where the licence was verified',
  licenceVerifiedAt: 'when the licence was verified',
  licenceReverifyBy: 'the licence’s re-verification date',
  fullName: 'a reviewer’s printed name',
  specialtyCredential: 'a pharmacist’s specialty credential',
}

const DATE_FIELDS = new Set(['licenceExpiresAt', 'licenceVerifiedAt', 'licenceReverifyBy'])

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field

const normalise = (field: string, value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (DATE_FIELDS.has(field)) return new Date(value as string).getTime()
  return value
}

export const sameValue = (field: string, a: unknown, b: unknown): boolean =>
  normalise(field, a) === normalise(field, b)

/** Which of `fields` an update changed, compared as sameValue compares them. */
export const changedFields = <Field extends string>(
  fields: readonly Field[],
  before: Partial<Record<Field, unknown>> | undefined,
  after: Partial<Record<Field, unknown>>,
): Field[] => fields.filter((field) => !sameValue(field, before?.[field], after[field]))

/** The fields an admin-only rule covers for this account (its name too when it is a reviewer). */
export const adminOnlyFieldsOf = (account: Pick<User, 'role'>, requestedRole: unknown): string[] =>
  account.role === 'reviewer' || requestedRole === 'reviewer'
    ? [...ADMIN_ONLY_FIELDS, REVIEWER_NAME_FIELD]
    : [...ADMIN_ONLY_FIELDS]
