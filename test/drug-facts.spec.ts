import { describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'
import request from 'supertest'

import type { ClinicalFinding } from '../src/clinical/finding'
import type { Drug, User } from '../src/payload-types'
import type { ReviewableDoc } from '../src/workflow/documents'
import type { ReviewableCollection } from '../src/workflow/states'

import { preReviewChecksFor } from '../src/clinical/checks/registry'
import { drugFactsCheck } from '../src/clinical/drugFacts/preReviewCheck'
import { factStatementsIn } from '../src/clinical/drugFacts/statements'
import { articleData, richText } from './helpers/content'
import type { Member } from './helpers/team'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { act, createAs, publishThroughWorkflow } from './helpers/workflow'

const REASON = 'New FDA label: maximum daily dose confirmed'

const FACTS = {
  maxDailyDose: { amount: 80, unit: 'mg', note: 'adults' },
  usualStartingDose: { amount: 5, unit: 'mg', frequency: '3 times a day' },
}

type ErrorBody = { errors?: { message?: string; data?: { errors?: { path: string }[] } }[] }
const errorPaths = (body: ErrorBody): string[] =>
  (body.errors ?? []).flatMap((error) => error.data?.errors?.map((field) => field.path) ?? [])

const unique = (): string => Math.random().toString(36).slice(2, 8)

describe('reading drug facts in text', () => {
  // [text, fact, amount, unit]: each must be read as exactly this statement.
  const READ: [string, 'maxDailyDose' | 'usualStartingDose', number, string][] = [
    ['The maximum daily dose is 80 mg a day.', 'maxDailyDose', 80, 'mg'],
    ['The maximum dose is 80 mg a day.', 'maxDailyDose', 80, 'mg'],
    ['a maximum daily dose of 80 mg', 'maxDailyDose', 80, 'mg'],
    ['You can take up to 100 mg a day.', 'maxDailyDose', 100, 'mg'],
    ['up to 100 mg per day', 'maxDailyDose', 100, 'mg'],
    ['up to 100 mg daily', 'maxDailyDose', 100, 'mg'],
    ['Take no more than 80 mg daily.', 'maxDailyDose', 80, 'mg'],
    ['Do not exceed 80 mg per day.', 'maxDailyDose', 80, 'mg'],
    ['The total daily dose should not exceed 80 mg.', 'maxDailyDose', 80, 'mg'],
    ['max 80 mg/day', 'maxDailyDose', 80, 'mg'],
    ['maximum 0.08 g a day', 'maxDailyDose', 0.08, 'g'],
    ['up to 800 micrograms a day', 'maxDailyDose', 800, 'mcg'],
    ['up to 1,000 units a day', 'maxDailyDose', 1000, 'units'],
    ['Doctors usually start at 5 mg three times a day.', 'usualStartingDose', 5, 'mg'],
    ['start with 5 mg three times a day', 'usualStartingDose', 5, 'mg'],
    ['The usual starting dose is 5 mg.', 'usualStartingDose', 5, 'mg'],
    ['an initial dose of 5 mg', 'usualStartingDose', 5, 'mg'],
  ]
  it.each(READ)('reads “%s” as a %s of %d %s', (text, fact, amount, unit) => {
    expect(factStatementsIn(text)).toEqual([
      expect.objectContaining({ fact, amount, unit }) as unknown,
    ])
  })

  const NOT_READ = [
    'Oral solution 10 mg/mL.',
    'Take it up to 3 times a day.',
    'Used for up to 10 years in studies from 1970 to 1980.',
    'Available as 80 mg tablets.',
    'up to 20 mg per dose',
    'up to 2 mg/kg a day',
    'start with 5 mg/mL solution',
    'The amount is adjusted gradually, starting with a smaller amount.',
    'Baclofen has been used since the 1970s.',
  ]
  it.each(NOT_READ)('reads no dose fact in “%s”', (text) => {
    expect(factStatementsIn(text)).toEqual([])
  })

  it('reads how often a starting dose is taken', () => {
    expect(factStatementsIn('start at 5 mg three times a day')[0]?.timesADay).toBe(3)
    expect(factStatementsIn('start at 5 mg twice a day')[0]?.timesADay).toBe(2)
    expect(factStatementsIn('the usual starting dose is 5 mg')[0]?.timesADay).toBeNull()
  })
})

describe('drug facts on the drug', () => {
  const spec = useTeamApp()

  const newDrug = async (facts?: Record<string, unknown>) => {
    const drug = await spec.app.payload.create({
      collection: 'drugs',
      data: { name: `drug-${unique()}` },
    })
    if (facts) await signFacts(drug.id, facts, spec.team.editor)
    return drug
  }
  const signFacts = (id: string, facts: Record<string, unknown>, editor: Member) =>
    spec.app.payload.update({
      collection: 'drugs',
      id,
      data: { facts, factsChangeReason: REASON, signerPassword: editor.password } as never,
      user: editor,
    })
  const patch = (member: Member, id: string, data: Record<string, unknown>) =>
    request(spec.app.server)
      .patch(`/api/drugs/${id}`)
      .set('Authorization', bearer(member.token))
      .send(data)
  const graphql = (member: Member, query: string, variables: Record<string, unknown>) =>
    request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(member.token))
      .send({ query, variables })
  const stored = async (id: string) =>
    (await spec.app.payload.findByID({ collection: 'drugs', id, depth: 0 })) as Drug
  const factsAudits = async (id: string) =>
    (
      await spec.app.payload.find({
        collection: 'audit-log',
        where: {
          and: [{ action: { equals: 'drug-facts-changed' } }, { documentId: { equals: id } }],
        },
        sort: 'at',
        depth: 0,
        pagination: false,
      })
    ).docs

  it('an editor sets the facts with a reason and their password: stored, and audited with before, after, signer and reason', async () => {
    const drug = await newDrug()
    const response = await patch(spec.team.editor, drug.id, {
      facts: FACTS,
      factsChangeReason: REASON,
      signerPassword: spec.team.editor.password,
    })
    expect(response.status).toBe(200)
    expect(JSON.stringify(response.body)).not.toContain(spec.team.editor.password)
    expect(response.body.doc.signerPassword ?? null).toBeNull()
    const facts = (await stored(drug.id)).facts
    expect(facts?.maxDailyDose).toEqual({ amount: 80, unit: 'mg', note: 'adults' })
    expect(facts?.usualStartingDose).toEqual({ amount: 5, unit: 'mg', frequency: '3 times a day' })

    const [entry] = await factsAudits(drug.id)
    expect(entry.actor).toBe(spec.team.editor.id)
    expect(entry.comment).toContain(REASON)
    expect(entry.details).toEqual({
      from: { maxDailyDose: null, usualStartingDose: null, boxedWarning: null },
      to: {
        maxDailyDose: { amount: 80, unit: 'mg', note: 'adults' },
        usualStartingDose: { amount: 5, unit: 'mg', frequency: '3 times a day' },
        boxedWarning: null,
      },
      reason: REASON,
      signer: {
        id: spec.team.editor.id,
        name: spec.team.editor.fullName || spec.team.editor.email,
      },
    })

    // An admin changes one number: the rest stays, and the audit has the first change as before.
    const second = await patch(spec.team.admin, drug.id, {
      facts: { maxDailyDose: { amount: 60 } },
      factsChangeReason: 'Lower maximum for this formulation',
      signerPassword: spec.team.admin.password,
    })
    expect(second.status).toBe(200)
    expect((await stored(drug.id)).facts?.maxDailyDose).toEqual({
      amount: 60,
      unit: 'mg',
      note: 'adults',
    })
    const audits = await factsAudits(drug.id)
    expect(audits).toHaveLength(2)
    expect(audits[1].details).toMatchObject({
      from: { maxDailyDose: { amount: 80 } },
      to: { maxDailyDose: { amount: 60, unit: 'mg' } },
      signer: { name: spec.team.admin.fullName || spec.team.admin.email },
    })
  })

  it('refuses writers and pharmacists (403 naming facts) on create and update, and stores nothing', async () => {
    const drug = await newDrug(FACTS)
    for (const member of [spec.team.writer, spec.team.reviewer]) {
      const response = await patch(member, drug.id, {
        facts: { maxDailyDose: { amount: 100 } },
        factsChangeReason: REASON,
        signerPassword: member.password,
      })
      expect(response.status).toBe(403)
      expect(errorPaths(response.body)).toEqual(['facts'])
      expect(response.body.errors[0].message).toMatch(/Only editors and admins set a drug’s facts/)
    }
    const created = await request(spec.app.server)
      .post('/api/drugs')
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ name: `writer-drug-${unique()}`, facts: FACTS })
    expect(created.status).toBe(403)
    expect(errorPaths(created.body)).toEqual(['facts'])
    // Writers still add drugs; only the facts are not theirs.
    const plain = await request(spec.app.server)
      .post('/api/drugs')
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ name: `writer-drug-${unique()}` })
    expect(plain.status).toBe(201)

    expect((await stored(drug.id)).facts?.maxDailyDose?.amount).toBe(80)
    expect(await factsAudits(drug.id)).toHaveLength(1)
  })

  it('refuses a facts change without a reason or password (400 naming each), and stores nothing', async () => {
    const drug = await newDrug(FACTS)
    const change = { facts: { maxDailyDose: { amount: 100 } } }
    const neither = await patch(spec.team.editor, drug.id, change)
    expect(neither.status).toBe(400)
    expect(errorPaths(neither.body)).toEqual(['factsChangeReason', 'signerPassword'])
    const noPassword = await patch(spec.team.editor, drug.id, {
      ...change,
      factsChangeReason: REASON,
    })
    expect(noPassword.status).toBe(400)
    expect(errorPaths(noPassword.body)).toEqual(['signerPassword'])
    const blankReason = await patch(spec.team.editor, drug.id, {
      ...change,
      factsChangeReason: '  ',
      signerPassword: spec.team.editor.password,
    })
    expect(errorPaths(blankReason.body)).toEqual(['factsChangeReason'])
    expect((await stored(drug.id)).facts?.maxDailyDose?.amount).toBe(80)
    expect(await factsAudits(drug.id)).toHaveLength(1)
  })

  it('refuses a wrong password (401), stores nothing and audits the failure', async () => {
    const drug = await newDrug(FACTS)
    const response = await patch(spec.team.editor, drug.id, {
      facts: { maxDailyDose: { amount: 100 } },
      factsChangeReason: REASON,
      signerPassword: 'not-the-password',
    })
    expect(response.status).toBe(401)
    expect(response.body.errors[0].message).toMatch(/password is not correct/)
    expect((await stored(drug.id)).facts?.maxDailyDose?.amount).toBe(80)
    expect(await factsAudits(drug.id)).toHaveLength(1)
    const failures = await spec.app.payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'reauthentication-failed' } },
          { documentId: { equals: drug.id } },
        ],
      },
      depth: 0,
    })
    expect(failures.docs).toHaveLength(1)
  })

  it('asks nothing of a save that leaves the facts as they are', async () => {
    const drug = await newDrug(FACTS)
    const response = await patch(spec.team.editor, drug.id, {
      rxNormCode: '1292',
      facts: { maxDailyDose: { amount: 80, unit: 'mg' } },
    })
    expect(response.status).toBe(200)
    expect((await stored(drug.id)).rxNormCode).toBe('1292')
    expect(await factsAudits(drug.id)).toHaveLength(1)
  })

  it('refuses an unsigned facts change from server code without a signer', async () => {
    const drug = await newDrug(FACTS)
    await expect(
      spec.app.payload.update({
        collection: 'drugs',
        id: drug.id,
        data: { facts: { maxDailyDose: { amount: 100 } } } as never,
      }),
    ).rejects.toThrow(/Only editors and admins/)
    expect((await stored(drug.id)).facts?.maxDailyDose?.amount).toBe(80)
  })

  it('signs facts over GraphQL the same way: a signed change is stored, a writer and a missing password are refused', async () => {
    const drug = await newDrug(FACTS)
    const mutation = `mutation ($id: String!, $data: mutationDrugUpdateInput!) {
      updateDrug(id: $id, data: $data) { id facts { maxDailyDose { amount unit } } signerPassword }
    }`
    const data = { facts: { maxDailyDose: { amount: 70 } }, factsChangeReason: REASON }

    const byWriter = await graphql(spec.team.writer, mutation, {
      id: drug.id,
      data: { ...data, signerPassword: spec.team.writer.password },
    })
    expect(byWriter.body.data?.updateDrug ?? null).toBeNull()
    expect(JSON.stringify(byWriter.body.errors)).toContain('Only editors and admins')

    const noPassword = await graphql(spec.team.editor, mutation, { id: drug.id, data })
    expect(noPassword.body.data?.updateDrug ?? null).toBeNull()
    expect(JSON.stringify(noPassword.body.errors)).toContain('signerPassword')
    expect((await stored(drug.id)).facts?.maxDailyDose?.amount).toBe(80)

    const signed = await graphql(spec.team.editor, mutation, {
      id: drug.id,
      data: { ...data, signerPassword: spec.team.editor.password },
    })
    expect(signed.body.errors).toBeUndefined()
    expect(signed.body.data.updateDrug.facts.maxDailyDose).toEqual({ amount: 70, unit: 'mg' })
    expect(signed.body.data.updateDrug.signerPassword).toBeNull()
    expect((await stored(drug.id)).facts?.maxDailyDose?.amount).toBe(70)
    expect(await factsAudits(drug.id)).toHaveLength(2)
  })

  describe('the drug-facts pre-review check', () => {
    const asWriter = () =>
      createLocalReq(
        { user: { ...(spec.team.writer as User), collection: 'users' } },
        spec.app.payload,
      )
    const check = async (collection: ReviewableCollection, id: string) => {
      const doc = await spec.app.payload.findByID({ collection, id, draft: true, depth: 0 })
      return drugFactsCheck.run(await asWriter(), {
        collection,
        doc: doc as unknown as Partial<ReviewableDoc>,
      })
    }
    const faqAbout = (drugId: string, question: string, answer: string) =>
      createAs(spec.app.server, spec.team.writer, 'faqs', {
        question,
        answer: richText(answer),
        drugs: [drugId],
      })
    const rules = (findings: ClinicalFinding[]) => findings.map((finding) => finding.rule)

    it('is registered for articles, FAQs and comparison rows', () => {
      for (const collection of ['articles', 'faqs', 'comparison-rows'] as const)
        expect(preReviewChecksFor(collection).map((one) => one.name)).toContain('drug-facts')
      expect(preReviewChecksFor('references').map((one) => one.name)).not.toContain('drug-facts')
    })

    it('flags an FAQ stating another maximum than the drug’s facts, naming both places', async () => {
      const drug = await newDrug(FACTS)
      const id = await faqAbout(
        drug.id,
        `How much ${drug.name} can I take?`,
        'Adults can take up to 100 mg a day, in divided doses.',
      )
      const findings = await check('faqs', id)
      expect(findings).toEqual([
        {
          rule: 'facts.max-daily-dose',
          severity: 'warn',
          where: 'the answer',
          field: 'answer',
          text: 'up to 100 mg a day',
          message: expect.stringContaining(
            `The answer says “up to 100 mg a day”, but the drug ${drug.name}’s facts say 80 mg a day (adults).`,
          ) as unknown,
          suggestion: '80 mg a day (adults)',
          source: `The drug facts of ${drug.name}, set and signed by an editor`,
        },
      ])
    })

    it('names another live article and another FAQ in review that state a different maximum, and not pages about other drugs', async () => {
      const drug = await newDrug(FACTS)
      const other = await newDrug(FACTS)
      const articleTitle = `About ${drug.name} ${unique()}`
      const articleId = await createAs(spec.app.server, spec.team.writer, 'articles', {
        ...articleData({ title: articleTitle, summary: 'The maximum daily dose is 80 mg a day.' }),
        drugs: [drug.id],
      })
      await publishThroughWorkflow(spec.app.server, 'articles', articleId, spec.team)
      const inReviewQuestion = `Is more than 80 mg of ${drug.name} safe?`
      const inReview = await faqAbout(drug.id, inReviewQuestion, 'Take no more than 90 mg daily.')
      expect(
        (await act(spec.app.server, spec.team.writer, 'faqs', inReview, 'submit')).status,
      ).toBe(200)
      await faqAbout(drug.id, 'A draft nobody submitted?', 'up to 120 mg a day')
      await faqAbout(other.id, 'About the other drug?', 'max 200 mg/day')

      const question = `How much ${drug.name} can I take?`
      const id = await faqAbout(drug.id, question, 'You can take up to 100 mg a day.')
      const [finding] = await check('faqs', id)
      expect(finding.rule).toBe('facts.max-daily-dose')
      expect(finding.message).toContain(
        `the article “${articleTitle}” (live), the summary, says “maximum daily dose is 80 mg a day”`,
      )
      expect(finding.message).toContain(
        `the FAQ “${inReviewQuestion}” (in review), the answer, says “no more than 90 mg daily”`,
      )
      expect(finding.message).not.toContain('A draft nobody submitted?')
      expect(finding.message).not.toContain('About the other drug?')

      // The live article agrees with the facts: nothing to flag, though the FAQ in review differs.
      expect(await check('articles', articleId)).toEqual([])
    })

    it('flags disagreement between pages when the drug has no such fact, naming the other page', async () => {
      const drug = await newDrug({ usualStartingDose: FACTS.usualStartingDose })
      const firstQuestion = `Maximum of ${drug.name}? ${unique()}`
      const first = await faqAbout(drug.id, firstQuestion, 'Take no more than 80 mg daily.')
      await publishThroughWorkflow(spec.app.server, 'faqs', first, spec.team)
      const id = await faqAbout(drug.id, 'Another maximum?', 'up to 100 mg a day')
      const [finding] = await check('faqs', id)
      expect(finding.rule).toBe('facts.max-daily-dose')
      expect(finding.suggestion).toBeNull()
      expect(finding.message).toContain(`the drug ${drug.name} has no maximum daily dose`)
      expect(finding.message).toContain(`the FAQ “${firstQuestion}” (live)`)
    })

    it('does not flag text that agrees, in any unit (0.08 g a day is 80 mg)', async () => {
      const drug = await newDrug(FACTS)
      const id = await faqAbout(
        drug.id,
        `Consistent ${drug.name}?`,
        'Start with 5 mg three times a day. Take no more than 0.08 g a day (80,000 mcg per day). Tablets come as 10 mg and 20 mg tablets; the solution is 5 mg/mL.',
      )
      expect(await check('faqs', id)).toEqual([])
    })

    it('flags a starting dose with another amount or another number of times a day', async () => {
      const drug = await newDrug(FACTS)
      const amount = await faqAbout(drug.id, 'Start?', 'Doctors start at 10 mg three times a day.')
      const [byAmount] = await check('faqs', amount)
      expect(byAmount).toMatchObject({
        rule: 'facts.starting-dose',
        text: 'start at 10 mg three times a day',
        suggestion: '5 mg 3 times a day',
      })
      const times = await faqAbout(drug.id, 'Start twice?', 'Start at 5 mg twice a day.')
      expect(rules(await check('faqs', times))).toEqual(['facts.starting-dose'])
    })

    it('flags a boxed warning only where it clearly contradicts the drug’s', async () => {
      const none = await newDrug(FACTS)
      const claims = await faqAbout(none.id, 'Warning?', 'It has a boxed warning about the liver.')
      const [finding] = await check('faqs', claims)
      expect(finding).toMatchObject({ rule: 'facts.boxed-warning', where: 'the answer' })
      expect(finding.message).toContain(`the drug ${none.name}’s facts record no boxed warning`)
      const denies = await faqAbout(none.id, 'No warning?', 'Tablets have no boxed warning.')
      expect(await check('faqs', denies)).toEqual([])

      const warned = await newDrug({
        ...FACTS,
        boxedWarning:
          'Abrupt discontinuation, regardless of the cause, has resulted in high fever, altered mental status and muscle rigidity.',
      })
      const carries = await faqAbout(
        warned.id,
        'Boxed warning?',
        'The boxed warning is about abrupt discontinuation.',
      )
      expect(await check('faqs', carries)).toEqual([])
      const other = await faqAbout(warned.id, 'Other?', 'Its boxed warning is about the liver.')
      expect(rules(await check('faqs', other))).toEqual(['facts.boxed-warning'])
      const deniesWarned = await faqAbout(warned.id, 'Denies?', 'There is no boxed warning.')
      expect(rules(await check('faqs', deniesWarned))).toEqual(['facts.boxed-warning'])
    })

    it('reads a comparison row about two drugs cell by cell, each against its own drug', async () => {
      const drug = await newDrug(FACTS)
      const other = await newDrug({ maxDailyDose: { amount: 30, unit: 'mg' } })
      const row = await spec.app.payload.create({
        collection: 'comparison-rows',
        data: {
          feature: 'Maximum',
          drugs: [drug.id, other.id],
          cells: [
            { treatment: drug.name, value: 'up to 100 mg a day' },
            { treatment: other.name, value: 'up to 30 mg a day' },
          ],
        },
        user: spec.team.writer,
      })
      const findings = await check('comparison-rows', row.id)
      expect(findings.map(({ rule, field }) => [rule, field])).toEqual([
        ['facts.max-daily-dose', 'cells.0.value'],
      ])
    })
  })
})
