export type TreatmentMismatch = { missing: string[]; extra: string[] }

const normalise = (treatment: string): string => treatment.trim().toLowerCase()

/** Which of the table's columns a row lacks, and which treatments it has that are no column. */
export const treatmentMismatch = (
  columns: string[],
  rowTreatments: string[],
): TreatmentMismatch => {
  const columnKeys = new Set(columns.map(normalise))
  const rowKeys = new Set(rowTreatments.map(normalise))
  return {
    missing: columns.filter((column) => !rowKeys.has(normalise(column))),
    extra: rowTreatments.filter((treatment) => !columnKeys.has(normalise(treatment))),
  }
}

export const describeMismatch = (feature: string, { missing, extra }: TreatmentMismatch): string =>
  [
    missing.length ? `row "${feature}" is missing ${missing.map((t) => `"${t}"`).join(', ')}` : '',
    extra.length ? `row "${feature}" has extra ${extra.map((t) => `"${t}"`).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ')

export const duplicateTreatments = (treatments: string[]): string[] => {
  const seen = new Set<string>()
  const duplicates = new Set<string>()
  for (const treatment of treatments) {
    const key = normalise(treatment)
    if (seen.has(key)) duplicates.add(treatment.trim())
    seen.add(key)
  }
  return [...duplicates]
}
