/** The units a drug fact is stated in: a short list, so amounts compare. */
export const DOSE_UNITS = ['mg', 'mcg', 'g', 'mL', 'units'] as const
export type DoseUnit = (typeof DOSE_UNITS)[number]

/** Micrograms in one of each mass unit: mass amounts compare across g, mg and mcg. */
const MICROGRAMS: Partial<Record<DoseUnit, number>> = { g: 1_000_000, mg: 1000, mcg: 1 }

/** How people write each unit, as the consistency check reads it. */
export const UNIT_SPELLINGS: Record<DoseUnit, readonly string[]> = {
  mg: ['mg', 'milligram', 'milligrams'],
  mcg: ['mcg', 'microgram', 'micrograms', 'µg', 'ug'],
  g: ['g', 'gram', 'grams'],
  mL: ['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'],
  units: ['units', 'unit'],
}

export const unitNamed = (written: string): DoseUnit | undefined => {
  const lower = written.toLowerCase()
  return DOSE_UNITS.find((unit) => UNIT_SPELLINGS[unit].includes(lower))
}

export type Amount = { amount: number; unit: DoseUnit }

/**
 * Whether two amounts are the same quantity (0.08 g is 80 mg); amounts in units or mL equal
 * only amounts in the same unit.
 */
export const sameAmount = (a: Amount, b: Amount): boolean => {
  const scaleA = MICROGRAMS[a.unit]
  const scaleB = MICROGRAMS[b.unit]
  if (scaleA !== undefined && scaleB !== undefined)
    return Math.abs(a.amount * scaleA - b.amount * scaleB) < 1e-6
  return a.unit === b.unit && Math.abs(a.amount - b.amount) < 1e-9
}

export const amountInWords = ({ amount, unit }: Amount): string =>
  `${amount.toLocaleString('en-US', { maximumFractionDigits: 6 })} ${unit}`
