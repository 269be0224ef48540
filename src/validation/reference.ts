import { z } from 'zod'

export const doiSchema = z
  .string()
  .trim()
  .regex(
    /^10\.\d{4,9}\/\S+$/,
    'Enter the DOI as 10.<registrant>/<suffix>, e.g. 10.1002/14651858.CD001332, without https://doi.org/',
  )

export const pmidSchema = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,8}$/, 'Enter the PubMed ID (PMID) as digits only, e.g. 30252333')

export const urlSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value)
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')
    } catch {
      return false
    }
  }, 'Enter a full web address starting with http:// or https://')

export const publicationYearSchema = z
  .number()
  .int('Enter the year as a whole number')
  .min(1800, 'Enter a publication year from 1800 on')
  .refine((year) => year <= new Date().getFullYear() + 1, 'The publication year is in the future')

export const IDENTIFIER_FIELDS = ['url', 'doi', 'pmid'] as const

export const MISSING_IDENTIFIER_MESSAGE =
  'Give at least one way to find the source: a URL, a DOI or a PubMed ID (PMID)'
