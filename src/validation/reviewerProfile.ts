import { z } from 'zod'

const CREDENTIAL = /^[A-Z][A-Za-z.]{1,9}$/

export const fullNameSchema = z
  .string()
  .trim()
  .min(2, 'Enter the full name as it should be printed on a sign-off')
  .max(120, 'Keep the full name under 120 characters')

export const credentialsSchema = z
  .string()
  .trim()
  .refine(
    (value) => value.split(',').every((part) => CREDENTIAL.test(part.trim())),
    'List credential letters separated by commas, e.g. "PharmD, RPh"',
  )

export const licenceNumberSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9 /-]{2,29}$/,
    'Enter the licence number as printed: 3 to 30 letters, digits, spaces, dashes or slashes',
  )

export const licenceExpirySchema = z
  .union([z.string(), z.date()])
  .refine((value) => !Number.isNaN(new Date(value).getTime()), 'Enter a valid licence expiry date')
