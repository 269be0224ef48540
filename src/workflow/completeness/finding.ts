import type { CompletenessFinding } from './schema'

export type Severity = 'blocker' | 'warning'

/** A finding and whether it blocks, before the check sorts them. */
export type Found = CompletenessFinding & { severity: Severity }

export const blocker = (check: string, message: string, field: string | null = null): Found => ({
  severity: 'blocker',
  check,
  message,
  field,
})

export const warning = (check: string, message: string, field: string | null = null): Found => ({
  severity: 'warning',
  check,
  message,
  field,
})

export const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && !value.trim())

const WORD = /\p{L}[\p{L}'’-]*/gu

export const wordCount = (text: string): number => text.match(WORD)?.length ?? 0

/** "the summary is short" → "The summary is short." */
export const sentence = (text: string): string => {
  const trimmed = text.trim()
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}
