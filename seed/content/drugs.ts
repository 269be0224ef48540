/** The drugs the seed content is about; content names them, the seed links them by name. */
export const seedDrugs = [
  {
    name: 'baclofen',
    synonyms: ['Lioresal', 'Ozobax', 'Fleqsuvy', 'Lyvispah', 'Gablofen'],
  },
  { name: 'cyclobenzaprine', synonyms: ['Flexeril', 'Amrix'] },
]
