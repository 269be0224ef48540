import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { Drug } from '../src/payload-types'

import { createReference, publishedArticleCiting, runWatch } from './helpers/evidence'
import { fixture, SET_ID, useEvidenceServices } from './helpers/evidenceServices'
import { auditEntries } from './helpers/schedules'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { useWebhookSubscriber } from './helpers/webhookReceiver'
import { act } from './helpers/workflow'

type CrossrefWork = { message: Record<string, unknown> }

/** A Crossref answer for `doi`, in the recorded shape, retracted or not. */
const crossrefWork = (doi: string, retracted: boolean): CrossrefWork => {
  const base = fixture(retracted ? 'crossref-retracted-work' : 'crossref-work') as CrossrefWork
  return { ...base, message: { ...base.message, DOI: doi } }
}

const uniqueDoi = () => `10.5555/watch.${Math.random().toString(36).slice(2, 10)}`

/** The retraction watch and the drug-label watch: who gets flagged, once, and what stays calm. */
describe('evidence watch', () => {
  const services = useEvidenceServices()
  const ctx = useTeamApp(services.env)
  const subscriber = useWebhookSubscriber(ctx, ['review.required'])

  const stored = (collection: 'articles' | 'faqs', id: string) =>
    ctx.app.payload.findByID({ collection, id, depth: 0 })

  const reviewEventsFor = async (id: string) =>
    (await subscriber.events()).filter(
      (event) => event.event === 'review.required' && event.id === id,
    )

  const alertsFor = async (id: string) =>
    (
      await ctx.app.payload.find({
        collection: 'evidence-alerts',
        where: { documentId: { equals: id } },
        depth: 0,
      })
    ).docs

  describe('retractions', () => {
    it('flags exactly the published articles citing a newly retracted work, once, audited, with the webhook', async () => {
      const doi = uniqueDoi()
      services.fixture.state.works.set(doi, crossrefWork(doi, false))
      const cited = await createReference(ctx, { title: 'Soon retracted', doi })
      const other = await createReference(ctx, { doi: uniqueDoi() })
      const citing = await publishedArticleCiting(ctx, { references: [cited] })
      const notCiting = await publishedArticleCiting(ctx, { references: [other] })
      // A draft citing the work is not live: the sign-off check catches it instead.
      const draft = await request(ctx.app.server)
        .post('/api/articles')
        .set('Authorization', bearer(ctx.team.writer.token))
        .send({ title: 'Draft citing', summary: 'S', references: [cited] })
      expect(draft.status).toBe(201)

      expect((await runWatch(ctx.app.payload, 'watchRetractions')).completed).toBe(true)
      expect(await alertsFor(citing)).toEqual([])

      services.fixture.state.works.set(doi, crossrefWork(doi, true))
      expect((await runWatch(ctx.app.payload, 'watchRetractions')).completed).toBe(true)

      const flagged = await stored('articles', citing)
      expect(flagged.reviewReason).toBe(`cited reference retracted: "Soon retracted" (doi:${doi})`)
      expect(Date.parse(String(flagged.nextReviewDue))).toBeLessThanOrEqual(Date.now())
      expect(flagged._status).toBe('published')
      expect((await stored('articles', notCiting)).reviewReason ?? null).toBeNull()
      expect(await alertsFor(draft.body.doc.id)).toEqual([])

      const audit = await auditEntries(ctx.app.payload, citing, 'review-requested')
      expect(audit).toHaveLength(1)
      expect(audit[0].comment).toBe(flagged.reviewReason)
      expect(audit[0].details).toEqual({ trigger: 'retraction', key: `retraction:doi:${doi}` })
      expect(await reviewEventsFor(citing)).toHaveLength(1)
      expect(await reviewEventsFor(notCiting)).toHaveLength(0)

      // Running again flags nothing new.
      await runWatch(ctx.app.payload, 'watchRetractions')
      expect(await auditEntries(ctx.app.payload, citing, 'review-requested')).toHaveLength(1)
      expect(await alertsFor(citing)).toHaveLength(1)
      expect(await reviewEventsFor(citing)).toHaveLength(1)
    })

    it('flags an article once when two watch runs go at the same time', async () => {
      const doi = uniqueDoi()
      services.fixture.state.works.set(doi, crossrefWork(doi, false))
      const cited = await createReference(ctx, { doi })
      const citing = await publishedArticleCiting(ctx, { references: [cited] })
      services.fixture.state.works.set(doi, crossrefWork(doi, true))
      const queue = () =>
        ctx.app.payload.jobs.queue({ task: 'watchRetractions', queue: 'evidence', input: {} })
      const jobs = [await queue(), await queue()]
      await Promise.all(jobs.map((job) => ctx.app.payload.jobs.runByID({ id: job.id })))
      expect(await alertsFor(citing)).toHaveLength(1)
      expect(await auditEntries(ctx.app.payload, citing, 'review-requested')).toHaveLength(1)
      expect(await reviewEventsFor(citing)).toHaveLength(1)
    })

    it.each(['down', 'garbage'] as const)(
      'leaves content and checks untouched and the job retrying when the service is %s',
      async (mode) => {
        const doi = uniqueDoi()
        services.fixture.state.works.set(doi, crossrefWork(doi, false))
        const cited = await createReference(ctx, { doi })
        const citing = await publishedArticleCiting(ctx, { references: [cited] })
        const before = await ctx.app.payload.find({
          collection: 'cited-work-checks',
          where: { identifier: { equals: `doi:${doi}` } },
        })
        services.fixture.state.works.set(doi, crossrefWork(doi, true))
        services.fixture.state.mode = mode
        try {
          const { completed, job } = await runWatch(ctx.app.payload, 'watchRetractions')
          expect(completed).toBe(false)
          expect(job.hasError).toBeFalsy()
          expect(job.totalTried).toBe(1)
          expect(Date.parse(String(job.waitUntil))).toBeGreaterThan(Date.now())
          expect(JSON.stringify(job.log)).toContain(
            mode === 'down' ? 'Crossref: HTTP 503' : 'Crossref: the answer is not JSON',
          )
        } finally {
          services.fixture.state.mode = 'answer'
        }
        const after = await ctx.app.payload.find({
          collection: 'cited-work-checks',
          where: { identifier: { equals: `doi:${doi}` } },
        })
        expect(after.docs[0]).toMatchObject({
          retracted: false,
          title: before.docs[0].title,
          checkedAt: before.docs[0].checkedAt,
        })
        expect(after.docs[0].lastError).toBeTruthy()
        expect((await stored('articles', citing)).reviewReason ?? null).toBeNull()
        expect(await alertsFor(citing)).toEqual([])

        // Back up: the next run completes and flags the article.
        expect((await runWatch(ctx.app.payload, 'watchRetractions')).completed).toBe(true)
        expect(await alertsFor(citing)).toHaveLength(1)
      },
    )
  })

  describe('drug labels', () => {
    const createDrug = async (setId?: string): Promise<Drug> =>
      ctx.app.payload.create({
        collection: 'drugs',
        data: {
          name: `drug-${Math.random().toString(36).slice(2, 8)}`,
          ...(setId ? { dailyMedSetId: setId } : {}),
        },
      })

    it('records the label version each signature saw', async () => {
      const drug = await createDrug(SET_ID)
      const id = await publishedArticleCiting(ctx, {
        drugs: [String(drug.id)],
        body: 'No citations.',
      })
      const { docs } = await ctx.app.payload.find({
        collection: 'signatures',
        where: { documentId: { equals: id } },
        depth: 0,
      })
      expect(docs[0].labelVersions).toEqual([
        expect.objectContaining({
          drug: drug.id,
          setId: SET_ID,
          version: 13,
          publishedDate: 'Jan 10, 2025',
          problem: null,
        }),
      ])
      const [signOff] = await auditEntries(ctx.app.payload, id, 'sign-off')
      expect(signOff.details).toMatchObject({
        labelVersions: [expect.objectContaining({ setId: SET_ID, version: 13 })],
      })
    })

    it('flags the published documents signed against an older label, once, with the versions in the reason', async () => {
      const setId = `set-${Math.random().toString(36).slice(2, 10)}`
      services.fixture.state.labels.set(setId, fixture('dailymed-history-v13'))
      const drug = await createDrug(setId)
      const unlabelled = await createDrug()
      const about = await publishedArticleCiting(ctx, {
        drugs: [String(drug.id)],
        body: 'About it.',
      })
      const aboutOther = await publishedArticleCiting(ctx, {
        drugs: [String(unlabelled.id)],
        body: 'About another.',
      })

      expect((await runWatch(ctx.app.payload, 'watchDrugLabels')).completed).toBe(true)
      expect(await alertsFor(about)).toEqual([])

      services.fixture.state.labels.set(setId, fixture('dailymed-history-v14'))
      expect((await runWatch(ctx.app.payload, 'watchDrugLabels')).completed).toBe(true)

      const flagged = await stored('articles', about)
      expect(flagged.reviewReason).toBe(
        `label updated: version 13 → 14 (Nov 24, 2026), ${drug.name}`,
      )
      expect((await stored('articles', aboutOther)).reviewReason ?? null).toBeNull()
      const audit = await auditEntries(ctx.app.payload, about, 'review-requested')
      expect(audit).toHaveLength(1)
      expect(audit[0].details).toEqual({ trigger: 'label', key: `label:${drug.id}:14` })
      expect(await reviewEventsFor(about)).toHaveLength(1)

      await runWatch(ctx.app.payload, 'watchDrugLabels')
      expect(await auditEntries(ctx.app.payload, about, 'review-requested')).toHaveLength(1)
      expect(await reviewEventsFor(about)).toHaveLength(1)

      // Re-signed against version 14 and published again: nothing to flag for this label.
      expect((await act(ctx.app.server, ctx.team.writer, 'articles', about, 'submit')).status).toBe(
        200,
      )
      expect(
        (
          await act(ctx.app.server, ctx.team.reviewer2, 'articles', about, 'sign-off', {
            password: ctx.team.reviewer2.password,
          })
        ).status,
      ).toBe(200)
      expect(
        (await act(ctx.app.server, ctx.team.editor, 'articles', about, 'publish')).status,
      ).toBe(200)
      await runWatch(ctx.app.payload, 'watchDrugLabels')
      expect(await alertsFor(about)).toHaveLength(1)
    })

    it('signs without DailyMed when it is down, and then judges by the label date', async () => {
      const setId = `set-${Math.random().toString(36).slice(2, 10)}`
      services.fixture.state.labels.set(setId, fixture('dailymed-history-v14'))
      const drug = await createDrug(setId)
      services.fixture.state.mode = 'down'
      let id: string
      try {
        id = await publishedArticleCiting(ctx, {
          drugs: [String(drug.id)],
          body: 'Down at signing.',
        })
      } finally {
        services.fixture.state.mode = 'answer'
      }
      const { docs } = await ctx.app.payload.find({
        collection: 'signatures',
        where: { documentId: { equals: id } },
        depth: 0,
      })
      expect(docs[0].labelVersions?.[0]).toMatchObject({
        version: null,
        problem: 'DailyMed: HTTP 503',
      })
      // Version 14 was published before this signature: the signer saw it.
      await runWatch(ctx.app.payload, 'watchDrugLabels')
      expect(await alertsFor(id)).toEqual([])
    })

    it('leaves documents untouched and the job retrying when DailyMed answers garbage', async () => {
      const setId = `set-${Math.random().toString(36).slice(2, 10)}`
      services.fixture.state.labels.set(setId, fixture('dailymed-history-v13'))
      const drug = await createDrug(setId)
      const id = await publishedArticleCiting(ctx, { drugs: [String(drug.id)], body: 'Garbage.' })
      services.fixture.state.labels.set(setId, { data: { history: 'not a list' } })
      const { completed, job } = await runWatch(ctx.app.payload, 'watchDrugLabels')
      expect(completed).toBe(false)
      expect(job.hasError).toBeFalsy()
      expect(JSON.stringify(job.log)).toContain('DailyMed: the answer has an unknown shape')
      expect(await alertsFor(id)).toEqual([])
      expect((await stored('articles', id)).reviewReason ?? null).toBeNull()
    })
  })
})
