import { z } from 'zod'

const YEAR_MS = 365 * 24 * 3600 * 1000

/** An ISO date-time with its offset, in the future and within five years: when something is due. */
export const futureTimeSchema = (what: string) =>
  z.iso
    .datetime({
      offset: true,
      message: `Give ${what} as an ISO date-time with its offset, e.g. 2026-12-01T09:00:00Z`,
    })
    .refine((value) => new Date(value).getTime() > Date.now(), `${what} must be in the future`)
    .refine(
      (value) => new Date(value).getTime() < Date.now() + 5 * YEAR_MS,
      `${what} must be within five years`,
    )
    .transform((value) => new Date(value).toISOString())
