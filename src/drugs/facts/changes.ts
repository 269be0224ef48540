import { type DrugFacts, factsOf } from './facts'

const asGroup = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined

/**
 * The facts a save leaves, from what was sent and what is stored: a subfield not sent keeps its
 * stored value (as Payload's save does), one sent as null clears it.
 */
export const factsAfterSave = (sent: unknown, stored: unknown): DrugFacts => {
  const sentFacts = asGroup(sent)
  if (!sentFacts) return factsOf(sent === undefined ? stored : sent)
  const storedFacts = asGroup(stored) ?? {}
  const merged: Record<string, unknown> = { ...storedFacts }
  for (const [key, value] of Object.entries(sentFacts)) {
    const sentGroup = asGroup(value)
    merged[key] = sentGroup ? { ...asGroup(storedFacts[key]), ...sentGroup } : value
  }
  return factsOf(merged)
}
