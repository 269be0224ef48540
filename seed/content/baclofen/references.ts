const ACCESSED_AT = '2026-11-24T00:00:00.000Z'

const dailyMedSearch = (query: string): string =>
  `https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=${encodeURIComponent(query)}`

/**
 * The source numbers 8 references without details. These are public sources a pharmacist would
 * cite for its claims. Where the exact page address is not certain, the URL is a search on the
 * publisher's own site that finds the document: a wrong citation is worse than a broad one.
 */
export const baclofenReferences = [
  {
    title: 'Baclofen tablets: prescribing information (FDA-approved drug label)',
    source: 'DailyMed, U.S. National Library of Medicine',
    url: dailyMedSearch('baclofen'),
  },
  {
    title: 'Baclofen',
    source: 'MedlinePlus Drug Information, U.S. National Library of Medicine',
    url: 'https://medlineplus.gov/druginfo/meds/a682530.html',
  },
  {
    title: 'Baclofen',
    source: 'StatPearls, NCBI Bookshelf, National Institutes of Health',
    url: 'https://www.ncbi.nlm.nih.gov/books/?term=baclofen%20statpearls',
  },
  {
    title: 'Multiple sclerosis in adults: management (NICE guideline NG220)',
    authors: 'National Institute for Health and Care Excellence',
    source: 'NICE',
    year: 2022,
    url: 'https://www.nice.org.uk/guidance/ng220',
  },
  {
    title: 'Multiple Sclerosis',
    source: 'MedlinePlus, U.S. National Library of Medicine',
    url: 'https://medlineplus.gov/multiplesclerosis.html',
  },
  {
    title: 'Spinal Cord Injuries',
    source: 'MedlinePlus, U.S. National Library of Medicine',
    url: 'https://medlineplus.gov/spinalcordinjuries.html',
  },
  {
    title:
      'Cyclobenzaprine hydrochloride tablets: prescribing information (FDA-approved drug label)',
    source: 'DailyMed, U.S. National Library of Medicine',
    url: dailyMedSearch('cyclobenzaprine'),
  },
  {
    title:
      'Lioresal Intrathecal (baclofen injection): prescribing information (FDA-approved drug label)',
    source: 'DailyMed, U.S. National Library of Medicine',
    url: dailyMedSearch('lioresal intrathecal'),
  },
].map((reference) => ({ ...reference, accessedAt: ACCESSED_AT }))
