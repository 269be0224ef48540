import type { Field, FieldAccess, Validate } from 'payload'

import { isBlank } from '../../validation/payloadValidator'

/** A day with its year: a licence date a year ahead must not read like this year's. */
export const DAY_WITH_YEAR = { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } as const

const validDate = (value: unknown): Date | undefined => {
  if (isBlank(value)) return undefined
  const date = new Date(value as string)
  return Number.isNaN(date.getTime()) ? undefined : date
}

const verifiedAtRule: Validate = (value) => {
  if (isBlank(value)) return true
  const date = validDate(value)
  if (!date) return 'Enter the date the licence was verified'
  return date.getTime() <= Date.now() + 60_000 || 'The verification date cannot be in the future'
}

const reverifyByRule: Validate = (value, { siblingData }) => {
  if (isBlank(value)) return true
  const date = validDate(value)
  if (!date) return 'Enter the date by which the licence must be verified again'
  const verifiedAt = validDate((siblingData as { licenceVerifiedAt?: unknown }).licenceVerifiedAt)
  if (!verifiedAt) return 'Record when the licence was verified first'
  return date > verifiedAt || 'The re-verification date must come after the verification'
}

/**
 * The credential register: where a pharmacist's licence was checked, when and by whom, and by
 * when it must be checked again. Admins set them (the verifier is stamped by the server); a
 * pharmacist signs only while the re-verify-by date is ahead (src/workflow/licence.ts).
 */
export const licenceVerificationFields = (adminSetsIt: {
  create: FieldAccess
  update: FieldAccess
}): Field[] => [
  {
    name: 'licenceIssuer',
    type: 'text',
    access: adminSetsIt,
    maxLength: 200,
    admin: {
      description: 'The body that issued the licence, e.g. "General Pharmaceutical Council"',
    },
  },
  {
    name: 'licenceVerificationSource',
    type: 'text',
    access: adminSetsIt,
    maxLength: 500,
    admin: { description: 'Where it was checked, e.g. the public register’s address' },
  },
  {
    name: 'licenceVerifiedAt',
    type: 'date',
    label: 'Licence verified on',
    access: adminSetsIt,
    admin: { date: DAY_WITH_YEAR },
    validate: verifiedAtRule,
  },
  {
    name: 'licenceReverifyBy',
    type: 'date',
    label: 'Verify the licence again by',
    access: adminSetsIt,
    index: true,
    admin: {
      date: DAY_WITH_YEAR,
      description:
        'After this date the pharmacist cannot sign until the licence is verified again.',
    },
    validate: reverifyByRule,
  },
  {
    name: 'licenceVerifiedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { create: () => false, update: () => false },
    admin: { readOnly: true, description: 'The admin who last recorded the verification.' },
  },
]

/** The fields whose change is a new verification (its verifier is whoever made it). */
export const VERIFICATION_FIELDS = [
  'licenceIssuer',
  'licenceVerificationSource',
  'licenceVerifiedAt',
  'licenceReverifyBy',
] as const
