import { type Amount, amountInWords, unitNamed } from './units'

/** A drug's maximum daily dose: its amount, and whom it is for ("adults"). */
export type MaxDailyDoseFact = Amount & { note: string | null }
/** A drug's usual starting dose: its amount and how often ("3 times a day"). */
export type StartingDoseFact = Amount & { frequency: string | null }

/** The numbers every page about a drug must agree on, as stored on the drug (null: not set). */
export type DrugFacts = {
  maxDailyDose: MaxDailyDoseFact | null
  usualStartingDose: StartingDoseFact | null
  boxedWarning: string | null
}

export const NO_FACTS: DrugFacts = {
  maxDailyDose: null,
  usualStartingDose: null,
  boxedWarning: null,
}

type Stored = Record<string, unknown> | null | undefined

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null

const amountOf = (group: Stored): Amount | null => {
  const amount = typeof group?.amount === 'string' ? Number(group.amount) : group?.amount
  const unit = typeof group?.unit === 'string' ? unitNamed(group.unit) : undefined
  return typeof amount === 'number' && Number.isFinite(amount) && unit ? { amount, unit } : null
}

const group = (value: unknown): Stored =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : null

/** A drug's facts as stored or submitted (`drug.facts`), normalised so two compare. */
export const factsOf = (stored: unknown): DrugFacts => {
  const facts = group(stored)
  const max = group(facts?.maxDailyDose)
  const start = group(facts?.usualStartingDose)
  const maxAmount = amountOf(max)
  const startAmount = amountOf(start)
  return {
    maxDailyDose: maxAmount && { ...maxAmount, note: text(max?.note) },
    usualStartingDose: startAmount && { ...startAmount, frequency: text(start?.frequency) },
    boxedWarning: text(facts?.boxedWarning),
  }
}

export const sameFacts = (a: DrugFacts, b: DrugFacts): boolean =>
  JSON.stringify(a) === JSON.stringify(b)

export const hasFacts = (facts: DrugFacts): boolean => !sameFacts(facts, NO_FACTS)

/** "80 mg a day (adults)" */
export const maxDailyDoseInWords = (fact: MaxDailyDoseFact): string =>
  `${amountInWords(fact)} a day${fact.note ? ` (${fact.note})` : ''}`

/** "5 mg 3 times a day" */
export const startingDoseInWords = (fact: StartingDoseFact): string =>
  [amountInWords(fact), fact.frequency].filter(Boolean).join(' ')
