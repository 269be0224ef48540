import { beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { PDFParse } from 'pdf-parse'
import request from 'supertest'

import type { Member } from './helpers/team'

import { articleData } from './helpers/content'
import { saveDraft } from './helpers/revisions'
import { useTeamApp } from './helpers/teamApp'
import { bearer, createUser, loginToken } from './helpers/users'
import { act, approve, createAs, faqData, publishThroughWorkflow } from './helpers/workflow'

type Manifestation = {
  printedName: string
  credentials: string | null
  signedAtText: string
  meaning: string
  specialtyCredential: string | null
}

const SPECIALTY = 'BCPPS (paediatric pharmacotherapy)'
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')
const oneLine = (text: string) => text.replace(/\s+/g, ' ')

/** The manifestation a signed copy must print of each signature (21 CFR 11.50). */
const manifestationTexts = (signature: Manifestation) => [
  `Signed by: ${signature.printedName}`,
  `Date and time: ${signature.signedAtText}`,
  `Meaning: ${signature.meaning}`,
  ...(signature.credentials ? [`Credentials: ${signature.credentials}`] : []),
  ...(signature.specialtyCredential ? [`Specialty: ${signature.specialtyCredential}`] : []),
]

/**
 * GET /api/records/{collection}/{id}/signed-copy: the page as signed, a manifestation of each
 * signature of that content, and the changes since the signature before; audited with its hash.
 */
describe('the signed copy', () => {
  const spec = useTeamApp()
  const server = () => spec.app.server
  const payload = () => spec.app.payload
  const faqQuestion = `Can I take baclofen with food ${Date.now()}?`
  let article = ''
  let faq = ''

  const get = (member: Pick<Member, 'token'> | undefined, path: string) => {
    const call = request(server()).get(path)
    return member ? call.set('Authorization', bearer(member.token)) : call
  }
  const copyPath = (format?: string) =>
    `/api/records/articles/${article}/signed-copy${format ? `?format=${format}` : ''}`
  const lastExport = async () =>
    (
      await payload().find({
        collection: 'audit-log',
        where: { and: [{ action: { equals: 'export' } }, { documentId: { equals: article } }] },
        sort: '-at',
        limit: 1,
        depth: 0,
      })
    ).docs[0]

  // A live article revised into high-risk content and signed again by two pharmacists.
  beforeAll(async () => {
    await payload().update({
      collection: 'users',
      id: spec.team.reviewer2.id,
      data: { specialtyCredential: SPECIALTY },
    })
    faq = await createAs(server(), spec.team.writer, 'faqs', faqData(faqQuestion))
    await publishThroughWorkflow(server(), 'faqs', faq, spec.team)
    article = await createAs(server(), spec.team.writer, 'articles', {
      ...articleData({ faqs: [faq], summary: 'Baclofen relaxes muscles.' }),
    })
    await publishThroughWorkflow(server(), 'articles', article, spec.team)
    const revised = await saveDraft(server(), spec.team.writer, 'articles', article, {
      summary: 'The label now carries a boxed warning about stopping suddenly.',
    })
    expect(revised.status).toBe(200)
    await approve(server(), 'articles', article, spec.team.writer, spec.team.reviewer)
    const second = await act(server(), spec.team.reviewer2, 'articles', article, 'sign-off', {
      password: spec.team.reviewer2.password,
      meaning: 'Approved as the second pharmacist',
    })
    expect(second.status).toBe(200)
  })

  it('answers the page as signed, every signature of it and the changes since, audited with its hash', async () => {
    const response = await get(spec.team.editor, copyPath())
    expect(response.status).toBe(200)
    const copy = response.body
    expect(copy.page.summary).toBe('The label now carries a boxed warning about stopping suddenly.')
    expect(copy.page.faqs.map((entry: { question: string }) => entry.question)).toEqual([
      faqQuestion,
    ])
    expect(copy.rendition.matches).toBe(true)
    expect(copy.signatures).toEqual([
      expect.objectContaining({
        printedName: 'Jane Doe, PharmD, RPh',
        meaning: 'Reviewed and approved for medical accuracy',
        signedAtText: expect.stringMatching(/ at \d\d:\d\d:\d\d UTC$/),
        specialtyCredential: null,
      }),
      expect.objectContaining({
        printedName: expect.stringContaining('Sam Second'),
        meaning: 'Approved as the second pharmacist',
        specialtyCredential: SPECIALTY,
      }),
    ])
    expect(copy.changes).toEqual([
      expect.objectContaining({
        path: 'summary',
        beforeText: 'Baclofen relaxes muscles.',
        afterText: 'The label now carries a boxed warning about stopping suddenly.',
      }),
    ])
    const audited = await lastExport()
    expect(audited.details).toMatchObject({ format: 'json', sha256: sha256(response.text) })
  })

  it('prints every manifestation and the changes in the HTML copy', async () => {
    const json = (await get(spec.team.editor, copyPath())).body
    const response = await get(spec.team.admin, copyPath('html'))
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toContain('text/html')
    expect(response.text).not.toContain('<script')
    for (const signature of json.signatures) {
      for (const line of manifestationTexts(signature)) expect(response.text).toContain(line)
    }
    expect(response.text).toContain(faqQuestion)
    expect(response.text).toContain('stopping suddenly')
    expect((await lastExport()).details).toMatchObject({
      format: 'html',
      sha256: sha256(response.text),
    })
  })

  it('prints every manifestation in the PDF, generated in the CMS, and audits its hash', async () => {
    const json = (await get(spec.team.editor, copyPath())).body
    const response = await get(spec.team.reviewer, copyPath('pdf'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => done(null, Buffer.concat(chunks)))
      })
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('application/pdf')
    const bytes = response.body as Buffer
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const parser = new PDFParse({ data: new Uint8Array(bytes) })
    const text = oneLine((await parser.getText()).text)
    await parser.destroy()
    for (const signature of json.signatures) {
      for (const line of manifestationTexts(signature)) expect(text).toContain(oneLine(line))
    }
    expect(text).toContain(faqQuestion)
    expect(text).toContain('Changes since the previous signature (1)')
    expect((await lastExport()).details).toMatchObject({ format: 'pdf', sha256: sha256(bytes) })
  })

  it('is for editors, admins and the pharmacists who signed: others 403, anonymous 401', async () => {
    const outsider = await createUser(payload(), 'reviewer', { fullName: 'Olive Other' })
    const other = { token: await loginToken(server(), outsider.email, outsider.password) }
    expect((await get(spec.team.reviewer2, copyPath())).status).toBe(200)
    for (const member of [spec.team.writer, spec.team.qa, other]) {
      const refused = await get(member, copyPath('pdf'))
      expect(refused.status).toBe(403)
      expect(refused.body.errors[0].message).toContain('editors, admins and the pharmacist')
    }
    expect((await get(undefined, copyPath())).status).toBe(401)
  })

  it('answers 404 for what does not exist or was never signed, and 400 for a bad format', async () => {
    const unsigned = await createAs(server(), spec.team.writer, 'faqs', faqData())
    for (const path of [
      '/api/records/articles/000000000000000000000000/signed-copy',
      '/api/records/users/1/signed-copy',
      `/api/records/faqs/${unsigned}/signed-copy`,
    ]) {
      expect((await get(spec.team.editor, path)).status).toBe(404)
    }
    const bad = await get(spec.team.editor, copyPath('docx'))
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('format is json, html or pdf')
  })

  it('gives the signed fields of what has no page of its own', async () => {
    const response = await get(spec.team.editor, `/api/records/faqs/${faq}/signed-copy`)
    expect(response.status).toBe(200)
    expect(response.body.page).toBeNull()
    expect(response.body.content.question).toBe(faqQuestion)
    expect(response.body.signatures).toHaveLength(1)
  })
})
