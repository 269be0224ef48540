/** How a drug name is compared: case, surrounding and repeated spaces do not matter. */
export const normaliseDrugName = (name: string): string =>
  name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()

/** Every name a drug is known by (its name and synonyms), normalised and without repeats. */
export const namesOf = (drug: { name?: unknown; synonyms?: unknown }): string[] => {
  const all = [drug.name, ...(Array.isArray(drug.synonyms) ? drug.synonyms : [])]
  return [
    ...new Set(
      all
        .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
        .map(normaliseDrugName),
    ),
  ]
}
