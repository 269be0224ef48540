import { describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import type { ReviewableDoc } from '../src/workflow/documents'

import { drugFactsCheck } from '../src/clinical/drugFacts/preReviewCheck'
import { useSeededTeamApp } from './helpers/teamApp'

describe('the seeded drug facts', () => {
  const spec = useSeededTeamApp()

  it('signs baclofen’s facts as the demo editor, and the seeded content agrees with them', async () => {
    const { docs } = await spec.app.payload.find({
      collection: 'drugs',
      where: { name: { equals: 'baclofen' } },
      depth: 0,
    })
    const baclofen = docs[0]
    expect(baclofen.facts?.maxDailyDose).toMatchObject({ amount: 80, unit: 'mg' })
    expect(baclofen.facts?.usualStartingDose).toMatchObject({
      amount: 5,
      unit: 'mg',
      frequency: 'three times a day',
    })
    const audit = await spec.app.payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'drug-facts-changed' } },
          { documentId: { equals: baclofen.id } },
        ],
      },
      depth: 0,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0].details).toMatchObject({ signer: { name: 'Eddie Editor' } })

    const req = await createLocalReq({}, spec.app.payload)
    for (const collection of ['articles', 'faqs', 'comparison-rows'] as const) {
      const { docs: seeded } = await spec.app.payload.find({
        collection,
        where: { drugs: { in: [baclofen.id] } },
        draft: true,
        depth: 0,
        pagination: false,
      })
      expect(seeded.length).toBeGreaterThan(0)
      for (const doc of seeded) {
        const target = { collection, doc: doc as unknown as Partial<ReviewableDoc> }
        expect(await drugFactsCheck.run(req, target)).toEqual([])
      }
    }
  })
})
