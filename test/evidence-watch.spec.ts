import { describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import request from 'supertest'

import type { Drug } from '../src/payload-types'

import { settingsOf } from '../src/config/settings'
import { resolveDoi } from '../src/evidence/crossref'
import { latestLabelVersion } from '../src/evidence/dailyMed'
import { resolvePmid } from '../src/evidence/pubmed'

import { createReference, publishedArticleCiting, runWatch } from './helpers/evidence'
import { fixture, SET_ID, useEvidenceServices } from './helpers/evidenceServices'
import { auditEntries } from './helpers/schedules'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { fieldErrors } from './helpers/validationErrors'
import { LOOPBACK_RECEIVERS, useWebhookSubscriber } from './helpers/webhookReceiver'
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
  const ctx = useTeamApp(Object.assign(services.env, LOOPBACK_RECEIVERS))
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
      const setId = randomUUID()
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
      const setId = randomUUID()
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
      const setId = randomUUID()
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

  describe('outside requests', () => {
    // Each would make DailyMed's URL name another endpoint, or is simply not a set id.
    const BAD_SET_IDS = [
      '..',
      '.',
      '../history.json',
      '../../../services/v2/history.json',
      `${SET_ID}/../../history.json`,
      '%2e%2e',
      `${SET_ID}?page=2`,
      `${SET_ID}#x`,
      'spl/0d1a2b3c',
      'not-a-set-id',
    ]
    const LABEL_REQUEST = /^\/dailymed\/services\/v2\/spls\/[0-9a-f-]{36}\/history\.json$/i
    const uniqueName = () => `drug-${Math.random().toString(36).slice(2, 10)}`
    type Attempt = { status: number; message: string; stored: string }
    const userOf = (id: string | number) =>
      ctx.app.payload.findByID({ collection: 'users', id, depth: 0 })
    const setIdMessage = (errors: { path: string; message: string }[]) =>
      errors.find((error) => error.path === 'dailyMedSetId')?.message ?? ''
    const labelled = async () => {
      const drug = await ctx.app.payload.create({
        collection: 'drugs',
        data: { name: uniqueName(), dailyMedSetId: SET_ID },
      })
      return String(drug.id)
    }
    // One drug per path: a refused update leaves it as it was for the next set id.
    const drugs = new Map<string, Promise<string>>()
    const drugFor = (path: string) => {
      const drug = drugs.get(path) ?? labelled()
      drugs.set(path, drug)
      return drug
    }
    const storedSetId = async (id: string) =>
      String((await ctx.app.payload.findByID({ collection: 'drugs', id, depth: 0 })).dailyMedSetId)
    const drugsWith = async (setId: string) =>
      `${
        (
          await ctx.app.payload.count({
            collection: 'drugs',
            where: { dailyMedSetId: { equals: setId } },
          })
        ).totalDocs
      } drugs`
    const graphql = async (token: string, query: string, variables: Record<string, unknown>) => {
      const response = await request(ctx.app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(token))
        .send({ query, variables })
      const [error] = response.body.errors ?? []
      return {
        status: error?.extensions?.statusCode ?? (error ? 0 : 200),
        message: setIdMessage(error?.extensions?.data?.errors ?? []),
      }
    }
    const localApi = async (write: Promise<unknown>) => {
      const error = (await write.then(
        () => ({}),
        (caught: unknown) => caught,
      )) as { status?: number; data?: { errors?: { path: string; message: string }[] } }
      return { status: error.status ?? 200, message: setIdMessage(error.data?.errors ?? []) }
    }

    const PATHS: [string, (setId: string) => Promise<Attempt>][] = [
      [
        'REST create',
        async (setId) => {
          const response = await request(ctx.app.server)
            .post('/api/drugs')
            .set('Authorization', bearer(ctx.team.writer.token))
            .send({ name: uniqueName(), dailyMedSetId: setId })
          const message = setIdMessage(fieldErrors(response.body))
          return { status: response.status, message, stored: await drugsWith(setId) }
        },
      ],
      [
        'REST update by id',
        async (setId) => {
          const id = await drugFor('rest-id')
          const response = await request(ctx.app.server)
            .patch(`/api/drugs/${id}`)
            .set('Authorization', bearer(ctx.team.editor.token))
            .send({ dailyMedSetId: setId })
          const message = setIdMessage(fieldErrors(response.body))
          return { status: response.status, message, stored: await storedSetId(id) }
        },
      ],
      [
        'REST bulk update',
        async (setId) => {
          const id = await drugFor('rest-bulk')
          const response = await request(ctx.app.server)
            .patch(`/api/drugs?where[id][equals]=${id}`)
            .set('Authorization', bearer(ctx.team.editor.token))
            .send({ dailyMedSetId: setId })
          // The bulk answer names the field; the single-document answers carry the wording.
          const names = JSON.stringify(response.body.errors ?? '').includes('DailyMed set id')
          return {
            status: response.status,
            message: names ? 'as a UUID' : '',
            stored: await storedSetId(id),
          }
        },
      ],
      [
        'GraphQL create',
        async (setId) => ({
          ...(await graphql(
            ctx.team.writer.token,
            'mutation ($name: String!, $setId: String) { createDrug(data: { name: $name, dailyMedSetId: $setId }) { id } }',
            { name: uniqueName(), setId },
          )),
          stored: await drugsWith(setId),
        }),
      ],
      [
        'GraphQL update',
        async (setId) => {
          const id = await drugFor('graphql')
          return {
            ...(await graphql(
              ctx.team.editor.token,
              'mutation ($id: String!, $setId: String) { updateDrug(id: $id, data: { dailyMedSetId: $setId }) { id } }',
              { id, setId },
            )),
            stored: await storedSetId(id),
          }
        },
      ],
      [
        'Local API create (overrideAccess: false)',
        async (setId) => ({
          ...(await localApi(
            ctx.app.payload.create({
              collection: 'drugs',
              data: { name: uniqueName(), dailyMedSetId: setId },
              overrideAccess: false,
              user: await userOf(ctx.team.writer.id),
            }),
          )),
          stored: await drugsWith(setId),
        }),
      ],
      [
        'Local API update (overrideAccess: false)',
        async (setId) => {
          const id = await drugFor('local-api')
          return {
            ...(await localApi(
              ctx.app.payload.update({
                collection: 'drugs',
                id,
                data: { dailyMedSetId: setId },
                overrideAccess: false,
                user: await userOf(ctx.team.editor.id),
              }),
            )),
            stored: await storedSetId(id),
          }
        },
      ],
    ]

    it.each(PATHS)('refuses a set id that is not a UUID at save: %s', async (path, attempt) => {
      const answers: string[] = []
      for (const setId of BAD_SET_IDS) {
        const { status, message, stored } = await attempt(setId)
        const expected = path.includes('create') ? '0 drugs' : SET_ID
        if (status !== 400 || !message.includes('as a UUID') || stored !== expected) {
          answers.push(`${setId}: ${status} "${message}", stored ${stored}`)
        }
      }
      expect(answers).toEqual([])
    })

    it('accepts a set id in either case, and none at all', async () => {
      for (const dailyMedSetId of [randomUUID().toUpperCase(), '', null]) {
        const response = await request(ctx.app.server)
          .post('/api/drugs')
          .set('Authorization', bearer(ctx.team.writer.token))
          .send({ name: uniqueName(), dailyMedSetId })
        expect({ dailyMedSetId, status: response.status }).toEqual({ dailyMedSetId, status: 201 })
      }
    })

    it('never lets a set id stored before the check ask DailyMed another path', async () => {
      const stored: string[] = []
      try {
        for (const setId of BAD_SET_IDS.slice(0, 6)) {
          const id = await labelled()
          await ctx.app.payload.db.updateOne({
            collection: 'drugs',
            id,
            data: { dailyMedSetId: setId },
          })
          stored.push(id)
        }
        const before = services.fixture.state.requests.length
        const signed = await publishedArticleCiting(ctx, { drugs: stored, body: 'Old rows.' })
        const { docs } = await ctx.app.payload.find({
          collection: 'signatures',
          where: { documentId: { equals: signed } },
          depth: 0,
        })
        expect(docs[0].labelVersions?.map((seen) => seen.problem).sort()).toEqual(
          BAD_SET_IDS.slice(0, 6)
            .map((setId) => `DailyMed: "${setId}" is not a DailyMed set id (a UUID)`)
            .sort(),
        )
        const { completed, job } = await runWatch(ctx.app.payload, 'watchDrugLabels')
        expect(completed).toBe(false)
        expect(JSON.stringify(job.log)).toContain('is not a DailyMed set id (a UUID)')
        const labelRequests = services.fixture.state.requests
          .slice(before)
          .filter((path) => path.startsWith('/dailymed'))
        expect(labelRequests.filter((path) => !LABEL_REQUEST.test(path))).toEqual([])
      } finally {
        // Signatures refer to these drugs: put a valid set id back for the watch runs after this.
        for (const id of stored) {
          await ctx.app.payload.db.updateOne({
            collection: 'drugs',
            id,
            data: { dailyMedSetId: SET_ID },
          })
        }
      }
    })

    it('sends a DOI as one encoded path segment and a PMID as one query value, or nothing', async () => {
      const evidence = settingsOf(ctx.app.payload).evidenceServices
      const before = services.fixture.state.requests.length
      const sent = () => services.fixture.state.requests.slice(before)

      expect(await resolveDoi(evidence, '10.1234/../../../eutils/esummary.fcgi')).toBe('not-found')
      expect(sent()).toEqual(['/crossref/works/10.1234%2F..%2F..%2F..%2Feutils%2Fesummary.fcgi'])

      for (const doi of ['..', '../eutils/esummary.fcgi', 'https://doi.org/10.1234/x']) {
        await expect(resolveDoi(evidence, doi)).rejects.toThrow(`Crossref: "${doi}" is not a DOI`)
      }
      for (const pmid of ['1&db=other', '../1', '1 2']) {
        await expect(resolvePmid(evidence, pmid)).rejects.toThrow(`"${pmid}" is not a PMID`)
      }
      for (const setId of BAD_SET_IDS) {
        await expect(latestLabelVersion(evidence, setId)).rejects.toThrow(
          'is not a DailyMed set id',
        )
      }
      expect(sent()).toHaveLength(1)
    })
  })
})
