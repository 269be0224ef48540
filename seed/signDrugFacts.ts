import type { Payload } from 'payload'

import type { User } from '../src/payload-types'

import { factsOf, sameFacts } from '../src/drugs/facts/facts'
import { findDrugByName } from '../src/drugs/findDrugByName'
import { SEED_FACTS_REASON, seedDrugFacts } from './content/drugFacts'

/**
 * The seed's drug facts, signed like any change of facts: by the demo editor, with a reason and
 * their password (src/collections/Drugs/hooks/requireSignedFactsChange.ts). Facts already as
 * seeded are left alone; without the editor's password (a later run without DEMO_PASSWORD)
 * nothing is changed and the seed says so.
 */
export const signDrugFacts = async (
  payload: Payload,
  editor: User,
  password: string | undefined,
): Promise<void> => {
  for (const { drug: name, facts } of seedDrugFacts) {
    const drug = await findDrugByName(payload, name)
    if (!drug) throw new Error(`The seed's drug facts name an unknown drug: ${name}`)
    if (sameFacts(factsOf(drug.facts), factsOf(facts))) continue
    if (!password) {
      payload.logger.warn(
        `The drug facts of ${name} are not set: set DEMO_PASSWORD to let the seed sign them as the demo editor.`,
      )
      continue
    }
    await payload.update({
      collection: 'drugs',
      id: drug.id,
      data: { facts, factsChangeReason: SEED_FACTS_REASON, signerPassword: password },
      user: editor,
      depth: 0,
    })
  }
}
