import fs from 'node:fs'
import path from 'node:path'

/**
 * The customer's source text for the seed article, kept verbatim in seed/source/, read by the
 * tests so they check the seeded content against the original rather than the seed's own data.
 */
const SOURCE_PATH = path.resolve(process.cwd(), 'seed', 'source', 'baclofen-benefits.txt')

const lines = (): string[] =>
  fs
    .readFileSync(SOURCE_PATH, 'utf8')
    .split('\n')
    .map((line) => line.trim())

const sectionBetween = (start: string, end: string): string[] => {
  const all = lines()
  const from = all.indexOf(start)
  const to = all.indexOf(end, from + 1)
  if (from < 0 || to < 0) throw new Error(`"${start}" … "${end}" not found in ${SOURCE_PATH}`)
  return all.slice(from + 1, to).filter(Boolean)
}

export const sourceKeyPoints = (): { title: string; text: string }[] =>
  sectionBetween('Key Points', 'In This Article').map((line) => {
    const [, title, text] = line.match(/^•\s*([^:]+):\s*(.+)$/) ?? []
    return { title, text }
  })

export const sourceFaqAnswers = (): string[] =>
  sectionBetween('Frequently Asked Questions', 'References')

/** Table lines after the header, e.g. "Primary Use Chronic spasticity … Severe, …". */
export const sourceComparisonLines = (): string[] =>
  sectionBetween(
    'Oral Baclofen vs. Other Treatments',
    'Important Considerations and Side Effects',
  ).filter((line) => !line.startsWith('To understand'))

export const sourceQuickSummary = (): string => sectionBetween('Quick Summary', 'Key Points')[0]

export const sourceDisclaimer = (): string => {
  const all = lines().filter(Boolean)
  return all[all.indexOf('Medical Disclaimer') + 1]
}

export const sourceReferenceCount = (): number =>
  sectionBetween('References', 'Medical Disclaimer').length
