import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { materializeArticle } from '../src/delivery/materialize'
import { relationId, relationIds } from '../src/shared/relations'

const RUNS = 20

/** How many documents an article's page shows besides the article itself. */
const linkedDocuments = async (payload: Payload, articleId: string) => {
  const article = await payload.findByID({ collection: 'articles', id: articleId, depth: 0 })
  return (
    relationIds(article.faqs).length +
    relationIds(article.comparisonRows).length +
    relationIds(article.references).length +
    relationIds(article.drugs).length +
    [relationId(article.disclaimer), relationId(article.lastSignature)].filter(Boolean).length
  )
}

/**
 * The time publishing spends re-rendering an article's stored page (what the publish hook runs,
 * in the publishing request), `RUNS` times; prints the median and the slowest.
 */
export const measureRerender = async (payload: Payload, articleId: string): Promise<void> => {
  const timings: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh request each time: a request's data loader would otherwise answer from memory.
    const req = await createLocalReq({}, payload)
    const started = performance.now()
    await materializeArticle(req, articleId)
    timings.push(performance.now() - started)
  }
  timings.sort((a, b) => a - b)
  console.log(
    `re-render of the article's page at publication (${await linkedDocuments(payload, articleId)} linked documents, ${RUNS} runs): median ${timings[RUNS / 2].toFixed(1)} ms, slowest ${timings[RUNS - 1].toFixed(1)} ms (target < 200 ms)`,
  )
}
