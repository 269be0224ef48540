import { z } from 'zod'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugSchema = z
  .string()
  .max(120, 'Keep the slug under 120 characters')
  .regex(
    SLUG_PATTERN,
    'Use lower-case letters, digits and single hyphens only, e.g. "benefits-of-baclofen"',
  )

/** "What Are the Benefits of Taking Baclofen?" → "what-are-the-benefits-of-taking-baclofen" */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '')
