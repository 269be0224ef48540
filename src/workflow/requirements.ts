import type { PayloadRequest } from 'payload'

import type { Signature } from '../payload-types'
import type { ChecklistItem, PublishRequirement } from './checklistItem'
import type { ReviewableDoc } from './documents'
import type { ReviewableCollection } from './states'

import { keyedRegistry } from './keyedRegistry'

/** The document a requirement is asked about: the version that would go live, or be signed. */
export type RequirementTarget = {
  collection: ReviewableCollection
  doc: Partial<ReviewableDoc>
  /** At publication: the signature it rests on (none yet, or not a publication: undefined). */
  signature?: Signature
  /** At publication: `collection:id` keys of documents going live in the same transaction. */
  goingLive?: ReadonlySet<string>
}

/**
 * A feature's own requirement on reviewable content (open review threads, an article's evidence),
 * registered with the core at start-up (src/features.ts) instead of being imported by it. The
 * loader gathers its facts once per check; the judges are pure, so the publication judge stays
 * synchronous over the facts (publication/judge.ts).
 */
export type Requirement<Facts> = {
  /** The key of its facts in the publication facts (`requirements[name]`). */
  name: string
  /** The collections it asks about; the others never load or list it. */
  collections: readonly ReviewableCollection[]
  load: (req: PayloadRequest, target: RequirementTarget) => Promise<Facts>
  /** Its publication checklist items, listed right after the core's item `after`. */
  publish?: { after: PublishRequirement; judge: (facts: Facts) => ChecklistItem[] }
  /** What stops a pharmacist signing, in people's words (empty: nothing). */
  signOff?: (facts: Facts) => string[]
}

/** Each applicable requirement's facts, by its name; judged by the registered judges. */
export type RequirementFacts = Readonly<Record<string, unknown>>

type Stage = 'publish' | 'signOff'

const REQUIREMENTS = keyedRegistry<Requirement<unknown>>()

export const registerRequirement = <Facts>(requirement: Requirement<Facts>): void =>
  REQUIREMENTS.register(requirement.name, requirement as Requirement<unknown>)

const applying = (stage: Stage, collection: ReviewableCollection) =>
  REQUIREMENTS.entries().filter(
    (requirement) => requirement[stage] && requirement.collections.includes(collection),
  )

/** The facts of every requirement that applies to the document at `stage`, in registration order. */
export const loadRequirementFacts = async (
  req: PayloadRequest,
  target: RequirementTarget,
  stage: Stage = 'publish',
): Promise<RequirementFacts> => {
  const facts: Record<string, unknown> = {}
  for (const requirement of applying(stage, target.collection)) {
    facts[requirement.name] = await requirement.load(req, target)
  }
  return facts
}

/**
 * The core's checklist with each registered requirement's items after the core item it names
 * (at the end when that item is not listed). Pure: only requirements with loaded facts count.
 */
export const withRequirementItems = (
  core: ChecklistItem[],
  facts: RequirementFacts,
): ChecklistItem[] => {
  const judged = REQUIREMENTS.entries().flatMap((requirement) =>
    requirement.publish && requirement.name in facts
      ? [
          {
            after: requirement.publish.after,
            items: requirement.publish.judge(facts[requirement.name]),
          },
        ]
      : [],
  )
  const listed = new Set(core.map((entry) => entry.requirement))
  return [
    ...core.flatMap((entry) => [
      entry,
      ...judged.filter(({ after }) => after === entry.requirement).flatMap(({ items }) => items),
    ]),
    ...judged.filter(({ after }) => !listed.has(after)).flatMap(({ items }) => items),
  ]
}

/** What the registered requirements say stops this signature, in registration order. */
export const signOffProblems = async (
  req: PayloadRequest,
  target: RequirementTarget,
): Promise<string[]> => {
  const facts = await loadRequirementFacts(req, target, 'signOff')
  return applying('signOff', target.collection).flatMap((requirement) =>
    requirement.signOff!(facts[requirement.name]),
  )
}
