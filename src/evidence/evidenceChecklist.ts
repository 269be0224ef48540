import type { PayloadRequest } from 'payload'

import type { Article } from '../payload-types'

import { settingsOf } from '../config/settings'
import { type ChecklistItem, item } from '../workflow/checklistItem'
import { articleOwnTexts, citingTexts, linkedReferences } from './articleTexts'
import { readCitationMarkers } from './citationMarkers'
import { readabilityBySection } from './readability'
import { referenceEvidence } from './referenceEvidence'

const citationItems = async (
  req: PayloadRequest,
  article: Partial<Article>,
): Promise<ChecklistItem[]> => {
  const references = await linkedReferences(req, article)
  const { problems, cited } = readCitationMarkers(
    await citingTexts(req, article),
    references.length,
  )
  const uncited = references.flatMap((reference, index) =>
    cited.has(index + 1)
      ? []
      : [`reference [${index + 1}] "${reference.title}" is not cited in the text`],
  )
  const retracted: string[] = []
  for (const [index, reference] of references.entries()) {
    const evidence = await referenceEvidence(req, reference)
    if (evidence?.retracted) {
      retracted.push(
        `reference [${index + 1}] "${reference.title}" (${evidence.identifier}) is retracted${evidence.retractionNotice ? ` (${evidence.retractionNotice})` : ''}; remove or replace it`,
      )
    }
  }
  return [
    item(
      'citations-resolve',
      'Every citation marker [n] points to a listed reference',
      problems.map((problem) => problem.message),
      uncited,
    ),
    item('no-retracted-citations', 'No cited reference is retracted', retracted),
  ]
}

const readabilityItem = (
  article: Partial<Article>,
  maxGrade: number | undefined,
): ChecklistItem => {
  const { overall, sections } = readabilityBySection(articleOwnTexts(article))
  const grade = overall?.grade
  const label = `Reading grade ${grade ?? '–'} (Flesch–Kincaid)${maxGrade ? `, at most ${maxGrade}` : ''}`
  const tooHard = maxGrade !== undefined && grade !== undefined && grade > maxGrade
  const hardest = sections
    .filter((section) => maxGrade !== undefined && section.grade > maxGrade)
    .map((section) => `${section.where} (grade ${section.grade})`)
  return item(
    'readability',
    label,
    [
      tooHard
        ? `the reading grade ${grade} is above the maximum of ${maxGrade}; simplify ${hardest.join(', ') || 'the text'}`
        : undefined,
    ],
    sections.map((section) => `${section.where}: grade ${section.grade}`),
  )
}

/** An article's evidence requirements: citations resolve, none is retracted, and readability. */
export const evidenceChecklist = async (
  req: PayloadRequest,
  article: Partial<Article>,
): Promise<ChecklistItem[]> => [
  ...(await citationItems(req, article)),
  readabilityItem(article, settingsOf(req.payload).readabilityMaxGrade),
]
