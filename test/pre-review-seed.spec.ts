import { describe, expect, it } from '@jest/globals'

import { checkRunsOf } from './helpers/preReviewChecks'
import { useSeededTeamApp } from './helpers/teamApp'

/** The seeded baclofen article and its linked documents as the pre-review checks read them. */
describe('pre-review checks of the seed content', () => {
  const spec = useSeededTeamApp()

  it('finds nothing blocking; the article’s only findings are its eight references no marker cites', async () => {
    const [run] = await checkRunsOf(spec.app.payload, 'articles', spec.articleId)
    expect(run).toMatchObject({ occasion: 'submit', blocking: 0, advisory: 8 })
    expect(run.findings?.map((finding) => [finding.rule, finding.where])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((number) => [
        'citations.uncited-reference',
        `reference [${number}]`,
      ]),
    )
    const { docs } = await spec.app.payload.find({
      collection: 'pre-review-checks',
      where: { collectionSlug: { not_equals: 'articles' } },
      depth: 0,
      pagination: false,
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.flatMap((other) => other.findings ?? [])).toEqual([])
  })

  it('says so in the article’s signature', async () => {
    const { docs } = await spec.app.payload.find({
      collection: 'signatures',
      where: { documentId: { equals: spec.articleId } },
      depth: 0,
      pagination: false,
    })
    expect(docs[0].preReviewChecks?.summary).toMatch(
      /^Signed with 0 blocking and 8 advisory findings: “Baclofen tablets: prescribing information \(FDA-approved drug label\)” in reference \[1\] \(not accepted\), /,
    )
  })
})
