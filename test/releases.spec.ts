import { describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'
import request from 'supertest'

import type { ReviewableCollection } from '../src/workflow/states'
import type { Member } from './helpers/team'

import { checkStoredPages } from '../src/delivery/storedPagesCheck'
import { allOrNothing, TRANSACTIONS_NEEDED } from '../src/scheduling/allOrNothing'
import { tryPin } from '../src/scheduling/pins'
import { publishPinned } from '../src/scheduling/publishPinned'
import { articleData } from './helpers/content'
import { readLive } from './helpers/revisions'
import {
  auditEntries,
  databaseHasTransactions,
  inAnHour,
  runDueSchedules,
} from './helpers/schedules'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { LOOPBACK_RECEIVERS, useWebhookSubscriber } from './helpers/webhookReceiver'
import { act, approve, createAs, faqData } from './helpers/workflow'

type Item = { collection: ReviewableCollection; id: string }

describe('releases: documents that go live together or not at all', () => {
  const spec = useTeamApp(LOOPBACK_RECEIVERS)
  const webhooks = useWebhookSubscriber(spec, ['publish', 'release.published', 'publish.failed'])
  const transactions = databaseHasTransactions()

  const server = () => spec.app.server
  const payload = () => spec.app.payload
  const call = (member: Member | undefined, method: 'delete' | 'get' | 'post', path: string) => {
    const made = request(server())[method](`/api/releases${path}`)
    return member ? made.set('Authorization', bearer(member.token)) : made
  }

  const createRelease = async (data: Record<string, unknown> = {}) => {
    const response = await call(spec.team.editor, 'post', '').send({
      title: `Label change ${Date.now()}`,
      ...data,
    })
    expect(response.status).toBe(201)
    return String(response.body.doc.id)
  }

  const approvedFaq = async (question?: string) => {
    const id = await createAs(server(), spec.team.writer, 'faqs', faqData(question))
    await approve(server(), 'faqs', id, spec.team.writer, spec.team.reviewer)
    return id
  }

  /** An approved article linking two approved FAQs (and, when asked, a draft one). */
  const articleWithChildren = async ({ withDraftChild = false } = {}) => {
    const faqs = [await approvedFaq(), await approvedFaq()]
    const draftChild = withDraftChild
      ? await createAs(server(), spec.team.writer, 'faqs', faqData())
      : undefined
    const article = await createAs(
      server(),
      spec.team.writer,
      'articles',
      articleData({ faqs: draftChild ? [...faqs, draftChild] : faqs }),
    )
    await approve(server(), 'articles', article, spec.team.writer, spec.team.reviewer)
    return { article, faqs, draftChild }
  }

  const isLive = async ({ collection, id }: Item) =>
    (await readLive(server(), collection, id)).status === 200

  const webhookEvents = () => webhooks.events()

  type Candidate = { collection: string; id: string; inRelease: boolean } & Record<string, unknown>
  const search = (member: Member | undefined, id: string, query: string) =>
    call(member, 'get', `/${id}/candidates?${query}`)
  const found = (response: { body: { results?: Candidate[] } }, docId: string) =>
    (response.body.results ?? []).find((result) => result.id === docId)

  it('lets only editors and admins create, read or manage releases', async () => {
    for (const role of ['writer', 'reviewer'] as const) {
      const created = await call(spec.team[role], 'post', '').send({ title: 'Mine' })
      expect(created.status).toBe(403)
      expect((await call(spec.team[role], 'get', '')).status).toBe(403)
    }
    expect((await call(undefined, 'get', '')).status).toBe(403)
    const id = await createRelease()
    for (const role of ['writer', 'reviewer'] as const) {
      expect((await call(spec.team[role], 'get', `/${id}/check`)).status).toBe(403)
      const added = await call(spec.team[role], 'post', `/${id}/items`).send({
        collection: 'faqs',
        id: await approvedFaq(),
      })
      expect(added.status).toBe(403)
      expect((await call(spec.team[role], 'post', `/${id}/publish`)).status).toBe(403)
    }
    const release = await payload().findByID({ collection: 'releases', id })
    expect(release.items).toEqual([])
  })

  it('keeps items and state out of reach of plain updates', async () => {
    const id = await createRelease()
    const faq = await approvedFaq()
    const patched = await call(spec.team.editor, 'get', `/${id}`)
    expect(patched.status).toBe(200)
    const update = await request(server())
      .patch(`/api/releases/${id}`)
      .set('Authorization', bearer(spec.team.admin.token))
      .send({ state: 'published', items: [{ collectionSlug: 'faqs', documentId: faq }] })
    expect(update.status).toBeLessThan(500)
    const stored = await payload().findByID({ collection: 'releases', id })
    expect(stored.state).toBe('open')
    expect(stored.items).toEqual([])
  })

  it('adds an article with its linked documents in one call, each pinned to its signature', async () => {
    const { article, faqs } = await articleWithChildren()
    const id = await createRelease()
    const added = await call(spec.team.editor, 'post', `/${id}/items`).send({
      collection: 'articles',
      id: article,
      includeLinked: true,
    })
    expect(added.status).toBe(200)
    expect(added.body.added.map((item: Item) => item.id).sort()).toEqual([article, ...faqs].sort())
    expect(added.body.added.every((item: { pinned: boolean }) => item.pinned)).toBe(true)
    const again = await call(spec.team.editor, 'post', `/${id}/items`).send({
      collection: 'faqs',
      id: faqs[0],
    })
    expect(again.body.skipped[0].note).toBe('already in the release')
    const stored = await payload().findByID({ collection: 'releases', id, depth: 0 })
    expect(stored.items).toHaveLength(3)
    expect(stored.items!.every((item) => item.signature && item.versionId)).toBe(true)

    expect((await call(spec.team.writer, 'delete', `/${id}/items/faqs/${faqs[1]}`)).status).toBe(
      403,
    )
    const removed = await call(spec.team.editor, 'delete', `/${id}/items/faqs/${faqs[1]}`)
    expect(removed.status).toBe(200)
    const after = await payload().findByID({ collection: 'releases', id, depth: 0 })
    expect(after.items!.map((item) => item.documentId).sort()).toEqual([article, faqs[0]].sort())
  })

  it('removes an article with the linked documents only it brought, keeping those another article links', async () => {
    const { article, faqs } = await articleWithChildren()
    const other = await createAs(
      server(),
      spec.team.writer,
      'articles',
      articleData({ faqs: [faqs[1]] }),
    )
    await approve(server(), 'articles', other, spec.team.writer, spec.team.reviewer)
    const id = await createRelease()
    for (const item of [article, other]) {
      await call(spec.team.editor, 'post', `/${id}/items`).send({
        collection: 'articles',
        id: item,
        includeLinked: true,
      })
    }
    const removed = await call(spec.team.editor, 'delete', `/${id}/items/articles/${article}`)
    expect(removed.status).toBe(200)
    expect(removed.body.removed.map((item: Item) => [item.collection, item.id])).toEqual([
      ['articles', article],
      ['faqs', faqs[0]],
    ])
    const stored = await payload().findByID({ collection: 'releases', id, depth: 0 })
    expect(stored.items!.map((item) => item.documentId).sort()).toEqual([other, faqs[1]].sort())
    // A linked document removed alone leaves its article.
    const alone = await call(spec.team.editor, 'delete', `/${id}/items/faqs/${faqs[1]}`)
    expect(alone.body.removed.map((item: Item) => item.id)).toEqual([faqs[1]])
    const after = await payload().findByID({ collection: 'releases', id, depth: 0 })
    expect(after.items!.map((item) => item.documentId)).toEqual([other])
  })

  it('answers 400 naming the field for a bad item, and 404 for a document that does not exist', async () => {
    const id = await createRelease()
    const bad = await call(spec.team.editor, 'post', `/${id}/items`).send({
      collection: 'users',
      id: 'x',
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('collection')
    const missing = await call(spec.team.editor, 'post', `/${id}/items`).send({
      collection: 'faqs',
      id: (await approvedFaq()).replace(/^./, (first) => (first === 'a' ? 'b' : 'a')),
    })
    expect(missing.status).toBe(404)
  })

  it('answers hostile input with 4xx, never a 500', async () => {
    const id = await createRelease()
    for (const bad of ['does-not-exist', '%27%3B--', 'a'.repeat(300)]) {
      const check = await call(spec.team.editor, 'get', `/${bad}/check`)
      expect(check.status).toBeGreaterThanOrEqual(400)
      expect(check.status).toBeLessThan(500)
    }
    for (const body of [[], 'faqs', { collection: 'faqs', id: 'x'.repeat(500) }, { id: 'x' }]) {
      const added = await call(spec.team.editor, 'post', `/${id}/items`).send(body as object)
      expect(added.status).toBeGreaterThanOrEqual(400)
      expect(added.status).toBeLessThan(500)
    }
    const notAnItem = await call(spec.team.editor, 'delete', `/${id}/items/faqs/nope`)
    expect(notAnItem.status).toBe(409)
    expect(notAnItem.body.errors[0].message).toContain('faqs nope is not in the release')
    const badTime = await call(spec.team.editor, 'post', '').send({
      title: 'Soon',
      publishAt: 'soon',
    })
    expect(badTime.status).toBe(400)
    const stored = await payload().findByID({ collection: 'releases', id })
    expect(stored.items).toEqual([])
  })

  it(
    transactions
      ? 'publishes an article with its children all at once: one release event, the cache emptied once'
      : 'refuses to publish (409) on a database without transactions, publishing nothing',
    async () => {
      const { article, faqs } = await articleWithChildren()
      const items: Item[] = [
        { collection: 'articles', id: article },
        ...faqs.map((id) => ({ collection: 'faqs' as const, id })),
      ]
      const id = await createRelease()
      await call(spec.team.editor, 'post', `/${id}/items`).send({
        collection: 'articles',
        id: article,
        includeLinked: true,
      })
      const check = await call(spec.team.editor, 'get', `/${id}/check`)
      expect(check.status).toBe(200)
      expect(check.body.ready).toBe(true)
      expect(check.body.items.every((item: { blockers: unknown[] }) => !item.blockers.length)).toBe(
        true,
      )
      webhooks.receiver.received.length = 0

      const published = await call(spec.team.editor, 'post', `/${id}/publish`)

      if (!transactions) {
        expect(published.status).toBe(409)
        expect(published.body.errors[0].message).toBe(TRANSACTIONS_NEEDED)
        for (const item of items) expect(await isLive(item)).toBe(false)
        expect((await payload().findByID({ collection: 'releases', id })).state).toBe('open')
        return
      }
      expect(published.status).toBe(200)
      for (const item of items) expect(await isLive(item)).toBe(true)
      expect(await checkStoredPages(await createLocalReq({}, payload()))).toEqual([])
      const stored = await payload().findByID({ collection: 'releases', id })
      expect(stored.state).toBe('published')
      expect(stored.publishedBy).toBeTruthy()
      expect(await auditEntries(payload(), id, 'release-published')).toHaveLength(1)
      const events = await webhookEvents()
      const releaseEvents = events.filter((event) => event.event === 'release.published')
      expect(releaseEvents).toHaveLength(1)
      expect((releaseEvents[0].items ?? []).map((item) => item.id).sort()).toEqual(
        items.map((item) => item.id).sort(),
      )
      expect(events.filter((event) => event.event === 'publish')).toEqual([])
      // Published is final.
      expect((await call(spec.team.editor, 'post', `/${id}/publish`)).status).toBe(409)
      const rename = await request(server())
        .patch(`/api/releases/${id}`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ title: 'Renamed' })
      expect(rename.status).toBe(409)
      expect((await call(spec.team.editor, 'delete', `/${id}`)).status).toBe(409)
    },
  )

  it('lets other people keep writing while a release publishes', async () => {
    const { article } = await articleWithChildren()
    const id = await createRelease()
    await call(spec.team.editor, 'post', `/${id}/items`).send({
      collection: 'articles',
      id: article,
      includeLinked: true,
    })
    const [published, ...writes] = await Promise.all([
      call(spec.team.editor, 'post', `/${id}/publish`),
      ...Array.from({ length: 4 }, (_, index) =>
        request(server())
          .post('/api/faqs')
          .set('Authorization', bearer(spec.team.writer.token))
          .send(faqData(`Written during the release ${index}?`)),
      ),
    ])
    expect(published.status).toBe(transactions ? 200 : 409)
    expect(writes.map((write) => write.status)).toEqual([201, 201, 201, 201])
    expect(await isLive({ collection: 'articles', id: article })).toBe(transactions)
  })

  it('publishes none when one item is blocked, and names the blocker', async () => {
    const { article, faqs, draftChild } = await articleWithChildren({ withDraftChild: true })
    const id = await createRelease()
    const added = await call(spec.team.editor, 'post', `/${id}/items`).send({
      collection: 'articles',
      id: article,
      includeLinked: true,
    })
    const unpinned = added.body.added.find((item: Item) => item.id === draftChild)
    expect(unpinned.pinned).toBe(false)
    expect(unpinned.note).toContain('needs it approved')

    const check = await call(spec.team.editor, 'get', `/${id}/check`)
    expect(check.body.ready).toBe(false)
    const blocked = check.body.items.filter((item: { blockers: unknown[] }) => item.blockers.length)
    expect(blocked.map((item: Item) => item.id)).toEqual([draftChild])

    const published = await call(spec.team.editor, 'post', `/${id}/publish`)
    expect(published.status).toBe(409)
    if (transactions)
      expect(published.body.errors[0].data.requirements[0]).toContain('needs it approved')
    for (const item of [article, ...faqs]) {
      expect(await isLive({ collection: item === article ? 'articles' : 'faqs', id: item })).toBe(
        false,
      )
    }
    const locked = await call(spec.team.editor, 'post', `/${id}/lock`)
    expect(locked.status).toBe(409)
    expect(locked.body.errors[0].data.requirements[0]).toContain('needs it approved')
  })

  it('rolls back what a release published before a later item was refused, and keeps the refusal on record', async () => {
    // The release endpoint checks every item first, so a refusal inside its transaction needs a
    // change in between: here the second pin is made to rest on the first document's signature.
    const [first, second] = [await approvedFaq(), await approvedFaq()]
    const req = await createLocalReq(
      { user: { ...spec.team.editor, collection: 'users' } as never },
      payload(),
    )
    const firstPin = (await tryPin(req, 'faqs', first)).pin!
    const secondPin = { ...(await tryPin(req, 'faqs', second)).pin!, signature: firstPin.signature }
    const refusedBefore = (await auditEntries(payload(), second, 'publish-refused')).length
    const work = async () => {
      await publishPinned(req, firstPin, { audit: {} })
      await publishPinned(req, secondPin, { audit: {} })
    }
    if (!transactions) {
      await expect(allOrNothing(req, work, { required: true })).rejects.toThrow(TRANSACTIONS_NEEDED)
      expect(await isLive({ collection: 'faqs', id: first })).toBe(false)
      return
    }

    await expect(allOrNothing(req, work, { required: true })).rejects.toThrow(/cannot be published/)

    expect(await isLive({ collection: 'faqs', id: first })).toBe(false)
    expect(await isLive({ collection: 'faqs', id: second })).toBe(false)
    expect((await auditEntries(payload(), first, 'publish')).length).toBe(0)
    expect((await auditEntries(payload(), second, 'publish-refused')).length).toBe(
      refusedBefore + 1,
    )
  })

  it('rolls back the delivered page an article stored before a later item was refused', async () => {
    const { article, faqs } = await articleWithChildren()
    const refused = await approvedFaq()
    const req = await createLocalReq(
      { user: { ...spec.team.editor, collection: 'users' } as never },
      payload(),
    )
    const pins = [
      ...(await Promise.all(faqs.map(async (id) => (await tryPin(req, 'faqs', id)).pin!))),
      (await tryPin(req, 'articles', article)).pin!,
    ]
    const refusedPin = {
      ...(await tryPin(req, 'faqs', refused)).pin!,
      signature: pins[0].signature,
    }
    const storedPages = async () =>
      (
        await payload().count({
          collection: 'delivered-pages',
          where: { article: { equals: article } },
          overrideAccess: true,
        })
      ).totalDocs
    let storedInside = 0
    const work = async () => {
      for (const pin of pins) await publishPinned(req, pin, { audit: {} })
      storedInside = (
        await payload().count({
          collection: 'delivered-pages',
          where: { article: { equals: article } },
          overrideAccess: true,
          req,
        })
      ).totalDocs
      await publishPinned(req, refusedPin, { audit: {} })
    }

    await expect(allOrNothing(req, work, { required: true })).rejects.toThrow(
      transactions ? /cannot be published/ : TRANSACTIONS_NEEDED,
    )
    expect(storedInside).toBe(transactions ? 1 : 0)
    expect(await isLive({ collection: 'articles', id: article })).toBe(false)
    expect(await storedPages()).toBe(0)
    expect(
      (
        await request(server()).get(
          `/api/delivery/articles/${(await payload().findByID({ collection: 'articles', id: article, draft: true })).slug}`,
        )
      ).status,
    ).toBe(404)
  })

  it(
    transactions
      ? 'publishes a scheduled release when its time comes'
      : 'fails a scheduled release on a database without transactions and says why',
    async () => {
      const { article } = await articleWithChildren()
      const id = await createRelease({ publishAt: inAnHour() })
      await call(spec.team.editor, 'post', `/${id}/items`).send({
        collection: 'articles',
        id: article,
        includeLinked: true,
      })
      const past = await request(server())
        .patch(`/api/releases/${id}`)
        .set('Authorization', bearer(spec.team.editor.token))
        .send({ publishAt: new Date(Date.now() - 60_000).toISOString() })
      expect(past.status).toBe(400)
      expect(past.body.errors[0].data.errors[0].path).toBe('publishAt')
      // The test's clock: its time has come.
      await payload().db.updateOne({
        collection: 'releases',
        where: { id: { equals: id } },
        data: { publishAt: new Date(Date.now() - 1000).toISOString() },
      })
      webhooks.receiver.received.length = 0
      await runDueSchedules(payload())

      const stored = await payload().findByID({ collection: 'releases', id })
      if (transactions) {
        expect(stored.state).toBe('published')
        expect(await isLive({ collection: 'articles', id: article })).toBe(true)
        return
      }
      expect(stored.state).toBe('failed')
      expect(JSON.stringify(stored.problems)).toContain('needs database transactions')
      expect(await isLive({ collection: 'articles', id: article })).toBe(false)
      expect((await auditEntries(payload(), id, 'release-failed')).length).toBe(1)
      const events = await webhookEvents()
      expect(events.some((event) => event.event === 'publish.failed' && event.id === id)).toBe(true)
    },
  )

  it('finds documents to add by words of their title, collection and review state', async () => {
    const word = `Zopiclone${Date.now()}`
    const faq = await approvedFaq(`Can I take ${word} at night?`)
    const draft = await createAs(
      server(),
      spec.team.writer,
      'faqs',
      faqData(`Is ${word} addictive?`),
    )
    const article = await createAs(
      server(),
      spec.team.writer,
      'articles',
      articleData({ title: `${word} for sleep` }),
    )
    const id = await createRelease()

    const all = await search(spec.team.editor, id, `q=${word.toLowerCase()}`)
    expect(all.status).toBe(200)
    expect(all.body.results.map((result: Candidate) => result.id).sort()).toEqual(
      [faq, draft, article].sort(),
    )
    expect(found(all, faq)).toEqual({
      collection: 'faqs',
      collectionLabel: 'FAQ',
      id: faq,
      title: `Can I take ${word} at night?`,
      workflowState: 'approved',
      stateWords: 'Approved in review',
      inRelease: false,
      nothingNew: false,
    })
    expect(found(all, article)).toMatchObject({
      collectionLabel: 'Article',
      workflowState: 'draft',
    })

    const faqsOnly = await search(spec.team.editor, id, `q=${word}&collection=faqs`)
    expect(faqsOnly.body.results.map((result: Candidate) => result.id).sort()).toEqual(
      [faq, draft].sort(),
    )
    const approvedOnly = await search(spec.team.editor, id, `q=${word}&state=approved`)
    expect(approvedOnly.body.results.map((result: Candidate) => result.id)).toEqual([faq])

    await call(spec.team.editor, 'post', `/${id}/items`).send({ collection: 'faqs', id: faq })
    const after = await search(spec.team.editor, id, `q=${word}`)
    expect(found(after, faq)?.inRelease).toBe(true)
    expect(found(after, draft)?.inRelease).toBe(false)
    expect(after.body.more).toEqual([])
  })

  it('does not offer, nor add, a live document with nothing new to release', async () => {
    const word = `Temazepam${Date.now()}`
    const faq = await approvedFaq(`Is ${word} safe?`)
    expect((await act(server(), spec.team.editor, 'faqs', faq, 'publish')).status).toBe(200)
    const id = await createRelease()
    const answer = await search(spec.team.editor, id, `q=${word}`)
    expect(found(answer, faq)).toMatchObject({ nothingNew: true, inRelease: false })
    const added = await call(spec.team.editor, 'post', `/${id}/items`).send({
      collection: 'faqs',
      id: faq,
    })
    expect(added.status).toBe(409)
    expect(added.body.errors[0].message).toBe(
      `Cannot add the item: FAQ "Is ${word} safe?" is live and has no newer version: there is nothing to release`,
    )
    expect((await payload().findByID({ collection: 'releases', id })).items).toEqual([])
  })

  it('says when a collection has more matches than the search shows, and how many', async () => {
    const word = `Eszopiclone${Date.now()}`
    for (let index = 1; index <= 9; index++) {
      await createAs(server(), spec.team.writer, 'faqs', faqData(`${word} question ${index}?`))
    }
    await createAs(server(), spec.team.writer, 'articles', articleData({ title: `${word} guide` }))
    const id = await createRelease()
    const answer = await search(spec.team.editor, id, `q=${word}`)
    expect(answer.status).toBe(200)
    expect(answer.body.results).toHaveLength(9)
    expect(answer.body.more).toEqual([
      { collection: 'faqs', collectionLabel: 'FAQ', shown: 8, total: 9 },
    ])
    // The newest first: the first question is the one left out.
    expect(answer.body.results.map((result: Candidate) => result.title)).not.toContain(
      `${word} question 1?`,
    )
    const narrowed = await search(spec.team.editor, id, `q=${word}&collection=articles`)
    expect(narrowed.body.results.map((result: Candidate) => result.title)).toEqual([
      `${word} guide`,
    ])
    expect(narrowed.body.more).toEqual([])
  })

  it('refuses the search to everyone but editors and admins, and answers hostile queries with 400', async () => {
    const word = `Pregabalin${Date.now()}`
    await approvedFaq(`Does ${word} cause dizziness?`)
    const id = await createRelease()
    for (const member of [spec.team.writer, spec.team.reviewer, undefined]) {
      const refused = await search(member, id, `q=${word}`)
      expect([401, 403]).toContain(refused.status)
      expect(refused.body.results).toBeUndefined()
      expect(JSON.stringify(refused.body)).not.toContain(word)
    }
    expect((await search(spec.team.admin, id, `q=${word}`)).body.results).toHaveLength(1)

    const hostile: [string, string][] = [
      ['q[]=a&q[]=b', 'q'],
      ['q[$regex]=.*', 'q'],
      [`q=${'x'.repeat(101)}`, 'q'],
      ['collection=users', 'collection'],
      ['collection[$ne]=faqs', 'collection'],
      ['state=live', 'state'],
    ]
    for (const [query, path] of hostile) {
      const answer = await search(spec.team.editor, id, query)
      expect([query, answer.status]).toEqual([query, 400])
      expect(answer.body.errors[0].data.errors[0].path).toBe(path)
    }
    // Words, not patterns: nothing is titled like these.
    for (const words of ['.*', '%27%3B--', '%5E%5B%5E%5D', '%24where']) {
      const answer = await search(spec.team.editor, id, `q=${words}`)
      expect([words, answer.status]).toEqual([words, 200])
      expect([words, answer.body.results]).toEqual([words, []])
    }
    expect((await search(spec.team.editor, 'does-not-exist', 'q=a')).status).toBe(404)
  })

  it('says in words what stops each item, from the same checklist the publish applies', async () => {
    const ready = await approvedFaq()
    const draftQuestion = `Is melatonin safe ${Date.now()}?`
    const draft = await createAs(server(), spec.team.writer, 'faqs', faqData(draftQuestion))
    const linkedQuestion = `Can children take melatonin ${Date.now()}?`
    const linked = await approvedFaq(linkedQuestion)
    const article = await createAs(
      server(),
      spec.team.writer,
      'articles',
      articleData({ faqs: [linked] }),
    )
    await approve(server(), 'articles', article, spec.team.writer, spec.team.reviewer)
    const id = await createRelease()
    for (const [collection, docId] of [
      ['faqs', ready],
      ['faqs', draft],
      ['articles', article],
    ]) {
      const added = await call(spec.team.editor, 'post', `/${id}/items`).send({
        collection,
        id: docId,
        includeLinked: false,
      })
      expect(added.status).toBe(200)
    }

    const check = await call(spec.team.editor, 'get', `/${id}/check`)
    expect(check.status).toBe(200)
    const item = (docId: string) =>
      check.body.items.find((entry: { id: string }) => entry.id === docId)
    expect(item(ready)).toMatchObject({
      collectionLabel: 'FAQ',
      workflowState: 'approved',
      stateWords: 'Approved in review',
      blockers: [],
    })
    expect(item(draft)).toMatchObject({
      workflowState: 'draft',
      stateWords: 'Not submitted yet: the writer submits it for review',
      pinned: null,
    })
    expect(item(draft).blockers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          requirement: 'signed-off',
          label: "Waiting for a pharmacist's sign-off",
          message: 'a pharmacist reviewer must sign off this content',
        }),
      ]),
    )
    expect(item(article).blockers).toEqual([
      {
        requirement: 'linked-published',
        label:
          '1 linked FAQ(s), comparison row(s) or reference(s) not live yet: publish them first',
        message: `publish the linked faqs "${linkedQuestion}" first`,
      },
    ])
    expect(check.body.ready).toBe(false)
    expect(check.body.publishBlockedBy).toEqual(
      expect.arrayContaining([
        `FAQ "${draftQuestion}": a pharmacist reviewer must sign off this content`,
        expect.stringMatching(/^Article ".+": publish the linked faqs ".+" first$/),
      ]),
    )

    const published = await call(spec.team.editor, 'post', `/${id}/publish`)
    expect(published.status).toBe(409)
    for (const doc of [ready, draft, linked])
      expect(await isLive({ collection: 'faqs', id: doc })).toBe(false)
    expect(await isLive({ collection: 'articles', id: article })).toBe(false)
    expect((await payload().findByID({ collection: 'releases', id })).state).toBe('open')
  })

  it('refuses to publish or lock an empty release, and says why before anyone tries', async () => {
    const id = await createRelease()
    const check = await call(spec.team.editor, 'get', `/${id}/check`)
    expect(check.body).toMatchObject({
      ready: false,
      items: [],
      publishBlockedBy: ['the release has no items; add documents first'],
    })
    const published = await call(spec.team.editor, 'post', `/${id}/publish`)
    expect(published.status).toBe(409)
    expect(published.body.errors[0].message).toContain(
      transactions ? 'the release has no items; add documents first' : TRANSACTIONS_NEEDED,
    )
    const locked = await call(spec.team.editor, 'post', `/${id}/lock`)
    expect(locked.status).toBe(409)
    expect(locked.body.errors[0].data.requirements).toEqual([
      'the release has no items; add documents first',
    ])
    const stored = await payload().findByID({ collection: 'releases', id })
    expect([stored.state, stored.items, stored.publishedAt ?? null]).toEqual(['open', [], null])
    expect(await auditEntries(payload(), id, 'release-published')).toHaveLength(0)
  })

  it('a publish through the workflow keeps working for items of an open release', async () => {
    const faq = await approvedFaq()
    const id = await createRelease()
    await call(spec.team.editor, 'post', `/${id}/items`).send({ collection: 'faqs', id: faq })
    expect((await act(server(), spec.team.editor, 'faqs', faq, 'publish')).status).toBe(200)
    const check = await call(spec.team.editor, 'get', `/${id}/check`)
    expect(check.body.items[0].blockers[0].message).toBe('this signed version is already live')
  })
})
