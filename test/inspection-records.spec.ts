import { describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import request from 'supertest'

import { AUDIT_CSV_COLUMNS } from '../src/records/auditCsv'
import { articleData, richText } from './helpers/content'
import { useSeededTeamApp } from './helpers/teamApp'
import { fieldErrorPaths } from './helpers/validationErrors'
import { bearer } from './helpers/users'
import { createAs } from './helpers/workflow'

type RecordBody = {
  title: string
  versions: { id: string; contentHash: string; status: string }[]
  signatures: {
    printedName: string
    signerCredentials: string
    meaning: string
    signedAt: string
    versionId: string
    contentHash: string
    labelVersions: unknown[]
  }[]
  auditEntries: { action: string; at: string; actor: { name: string } | null }[]
  commentThreads: { comment: string; replies: { comment: string }[] }[]
}

/** 21 CFR Part 11 §11.10(b): complete records, human-readable and electronic, and the audit trail as CSV. */
describe('records for inspection', () => {
  const ctx = useSeededTeamApp()

  const get = (path: string, token?: string) => {
    const call = request(ctx.app.server).get(path)
    if (token) call.set('Authorization', bearer(token))
    return call
  }

  const exportsAudited = async () =>
    (
      await ctx.app.payload.find({
        collection: 'audit-log',
        where: { action: { equals: 'export' } },
        sort: 'at',
        depth: 0,
        pagination: false,
      })
    ).docs

  describe('GET /api/records/{collection}/{id}', () => {
    it('returns the seeded article’s versions with hashes, its signatures and its audit trail', async () => {
      const thread = await request(ctx.app.server)
        .post('/api/review-comments')
        .set('Authorization', bearer(ctx.team.reviewer.token))
        .send({
          collectionSlug: 'articles',
          documentId: ctx.articleId,
          field: 'summary',
          comment: 'Cite the NICE guideline here.',
        })
      expect(thread.status).toBe(201)

      const response = await get(`/api/records/articles/${ctx.articleId}`, ctx.team.editor.token)
      expect(response.status).toBe(200)
      expect(response.headers['cache-control']).toBe('no-store')
      const record = response.body as RecordBody
      expect(record.title).toBe('What Are the Benefits of Taking Baclofen?')

      const { totalDocs } = await ctx.app.payload.countVersions({
        collection: 'articles',
        where: { parent: { equals: ctx.articleId } },
      })
      expect(record.versions).toHaveLength(totalDocs)
      expect(record.versions.every((version) => /^[0-9a-f]{64}$/.test(version.contentHash))).toBe(
        true,
      )

      const stored = await ctx.app.payload.find({
        collection: 'signatures',
        where: { documentId: { equals: ctx.articleId } },
        depth: 0,
      })
      expect(record.signatures).toHaveLength(stored.totalDocs)
      const [signature] = record.signatures
      expect(signature).toMatchObject({
        printedName: stored.docs[0].printedName,
        signerCredentials: stored.docs[0].signerCredentials,
        meaning: stored.docs[0].meaning,
        signedAt: stored.docs[0].signedAt,
        labelVersions: [],
      })
      // The version it signed is in the record, with the hash it signed.
      const signed = record.versions.find((version) => version.id === signature.versionId)
      expect(signed?.contentHash).toBe(signature.contentHash)

      const actions = record.auditEntries.map((entry) => entry.action)
      expect(actions).toEqual(expect.arrayContaining(['submit', 'sign-off', 'publish']))
      expect(
        record.auditEntries.find((entry) => entry.action === 'sign-off')?.actor?.name,
      ).toBeTruthy()
      expect(record.commentThreads.map((entry) => entry.comment)).toEqual([
        'Cite the NICE guideline here.',
      ])
    })

    it('prints the same record as an inert HTML page, every value escaped', async () => {
      const hostile = await createAs(
        ctx.app.server,
        ctx.team.writer,
        'articles',
        articleData({
          title: 'Baclofen <script>alert(1)</script>',
          body: richText('<img src=x onerror=alert(1)>'),
        }),
      )
      const response = await get(
        `/api/records/articles/${hostile}?format=html`,
        ctx.team.admin.token,
      )
      expect(response.status).toBe(200)
      expect(response.headers['content-type']).toMatch(/^text\/html/)
      expect(response.headers['content-security-policy']).toContain("default-src 'none'")
      expect(response.text).toContain('Baclofen &lt;script&gt;alert(1)&lt;/script&gt;')
      expect(response.text).not.toContain('<script')
      expect(response.text).not.toContain('<img')

      const seeded = await get(
        `/api/records/articles/${ctx.articleId}?format=html`,
        ctx.team.editor.token,
      )
      const json = (await get(`/api/records/articles/${ctx.articleId}`, ctx.team.editor.token))
        .body as RecordBody
      for (const signature of json.signatures) {
        expect(seeded.text).toContain(signature.contentHash)
        expect(seeded.text).toContain(signature.printedName.replace(/&/g, '&amp;'))
      }
      expect(seeded.text).toContain(`Versions (${json.versions.length})`)
    })

    it('is audited as an export', async () => {
      const before = (await exportsAudited()).length
      await get(`/api/records/articles/${ctx.articleId}`, ctx.team.editor.token)
      const after = await exportsAudited()
      expect(after).toHaveLength(before + 1)
      expect(after[after.length - 1]).toMatchObject({
        collectionSlug: 'articles',
        documentId: ctx.articleId,
        actor: ctx.team.editor.id,
        details: { format: 'json' },
      })
    })

    it.each([
      ['anonymous', undefined, 401],
      ['a writer', 'writer', 403],
      ['a reviewer', 'reviewer', 403],
    ] as const)('refuses %s', async (_who, role, status) => {
      const token = role ? ctx.team[role].token : undefined
      const response = await get(`/api/records/articles/${ctx.articleId}`, token)
      expect(response.status).toBe(status)
      expect(response.body.versions).toBeUndefined()
    })

    it('answers 404 for an unknown document or collection, 400 for an unknown format', async () => {
      expect(
        (await get('/api/records/articles/000000000000000000000000', ctx.team.editor.token)).status,
      ).toBe(404)
      expect(
        (await get(`/api/records/users/${ctx.team.admin.id}`, ctx.team.editor.token)).status,
      ).toBe(404)
      const badFormat = await get(
        `/api/records/articles/${ctx.articleId}?format=pdf`,
        ctx.team.editor.token,
      )
      expect(badFormat.status).toBe(400)
      expect(fieldErrorPaths(badFormat.body)).toEqual(['format'])
    })

    it('is read-only: other methods are not served', async () => {
      const response = await request(ctx.app.server)
        .delete(`/api/records/articles/${ctx.articleId}`)
        .set('Authorization', bearer(ctx.team.admin.token))
      expect(response.status).toBe(404)
      expect(
        await ctx.app.payload.findByID({ collection: 'articles', id: ctx.articleId }),
      ).toBeTruthy()
    })
  })

  describe('GET /api/audit-log/export', () => {
    const today = () => new Date().toISOString().slice(0, 10)

    it('streams the period’s audit trail as CSV that parses back to the stored entries', async () => {
      const from = new Date(Date.now() - 3600_000).toISOString()
      const response = await get(
        `/api/audit-log/export?from=${from}&to=${today()}`,
        ctx.team.admin.token,
      )
      expect(response.status).toBe(200)
      expect(response.headers['content-type']).toMatch(/^text\/csv/)
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="audit-log-/)
      const rows = parse(response.text, { columns: true }) as Record<string, string>[]
      expect(Object.keys(rows[0])).toEqual([...AUDIT_CSV_COLUMNS])

      const stored = await ctx.app.payload.find({
        collection: 'audit-log',
        where: { at: { greater_than_equal: from } },
        sort: 'at',
        depth: 0,
        pagination: false,
      })
      // The export's own audit entry is written before the rows are read.
      expect(rows.map((row) => row.id)).toEqual(stored.docs.map((entry) => String(entry.id)))
      const signOff = rows.find(
        (row) => row.action === 'sign-off' && row.documentId === ctx.articleId,
      )
      expect(signOff?.actorName).toBeTruthy()
      expect(JSON.parse(signOff!.details).signatureId).toBeTruthy()
      expect(rows[rows.length - 1]).toMatchObject({ action: 'export', collection: 'audit-log' })
    })

    it('keeps a comment that looks like a formula from running in a spreadsheet', async () => {
      await ctx.app.payload.create({
        collection: 'audit-log',
        data: {
          action: 'review-requested',
          collectionSlug: 'articles',
          documentId: ctx.articleId,
          comment: '=HYPERLINK("http://evil.example","click")',
          at: new Date().toISOString(),
        },
      })
      const response = await get(
        `/api/audit-log/export?from=${today()}&to=${today()}`,
        ctx.team.editor.token,
      )
      const rows = parse(response.text, { columns: true }) as Record<string, string>[]
      expect(rows.map((row) => row.comment)).toContain(
        '\'=HYPERLINK("http://evil.example","click")',
      )
    })

    it('leaves out entries outside the period', async () => {
      const response = await get(
        '/api/audit-log/export?from=2001-01-01&to=2001-01-02',
        ctx.team.editor.token,
      )
      expect(response.status).toBe(200)
      expect(parse(response.text, { columns: true })).toEqual([])
    })

    it.each([
      ['no period', '', ['from', 'to']],
      ['a bad date', '?from=yesterday&to=2026-01-01', ['from']],
      ['an end before the start', '?from=2026-02-01&to=2026-01-01', ['to']],
    ])('answers 400 for %s, naming the fields', async (_case, query, paths) => {
      const response = await get(`/api/audit-log/export${query}`, ctx.team.editor.token)
      expect(response.status).toBe(400)
      expect(fieldErrorPaths(response.body).sort()).toEqual(paths)
    })

    it.each([
      ['anonymous', undefined, 401],
      ['a writer', 'writer', 403],
      ['a reviewer', 'reviewer', 403],
    ] as const)('refuses %s', async (_who, role, status) => {
      const token = role ? ctx.team[role].token : undefined
      const response = await get(`/api/audit-log/export?from=2026-01-01&to=${today()}`, token)
      expect(response.status).toBe(status)
      expect(response.text).not.toContain('sign-off')
    })
  })
})
