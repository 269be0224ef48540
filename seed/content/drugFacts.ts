import type { Drug } from '../../src/payload-types'

/**
 * The drug facts the seed signs. The seed source (seed/source/baclofen-benefits.txt) states no
 * dose: it says only that the amount is adjusted gradually. These are the doses of the label it
 * cites first (baclofen tablets, FDA-approved prescribing information on DailyMed): 5 mg three
 * times a day to start, a total daily dose not above 80 mg. Baclofen tablets carry no boxed
 * warning (intrathecal baclofen's is about abrupt discontinuation, for the pump, not tablets).
 */
export const seedDrugFacts: { drug: string; facts: NonNullable<Drug['facts']> }[] = [
  {
    drug: 'baclofen',
    facts: {
      maxDailyDose: { amount: 80, unit: 'mg', note: 'adults, oral tablets' },
      usualStartingDose: { amount: 5, unit: 'mg', frequency: 'three times a day' },
      boxedWarning: null,
    },
  },
]

export const SEED_FACTS_REASON =
  'Seeded from the FDA-approved prescribing information of baclofen tablets (DailyMed)'
