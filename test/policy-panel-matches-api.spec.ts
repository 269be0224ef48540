import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { Member, Team } from './helpers/team'

import { saveDraft } from './helpers/revisions'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { act, approve, createAs, faqData } from './helpers/workflow'

/**
 * The admin panel offers exactly what the API lets the caller do: for every role and workflow
 * state, the status endpoint's actions are compared with the API's answers. The panel lists what
 * the caller may do now; so for each action the API is asked twice, without changing anything:
 *
 * - a probe with a body that fails validation: the permission checks (role, ownership, the
 *   assignee) come before the body, so 403 means "not you" and 400 means "you may";
 * - when the probe passes the permission checks but the panel does not offer the action, the real
 *   request, which must then be refused for the document's state (409), not carried out.
 *
 * A listed action must pass the probe (400, not 401/403); an unlisted one must be refused, by the
 * probe (403) or by the state (409). Discarding a revision has no body: it is tried for real and
 * the revision is drafted again after it.
 */
const ROLES = ['writer', 'writer2', 'editor', 'admin', 'reviewer'] as const
type Who = (typeof ROLES)[number]

type Action =
  | 'assign'
  | 'publish'
  | 'request-changes'
  | 'schedule'
  | 'schedule-withdraw'
  | 'sign-off'
  | 'submit'
  | 'withdraw'

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()

/** A body each action's schema refuses (400), sent only after the permission checks passed. */
const PROBE: Record<Action, Record<string, unknown>> = {
  submit: { assignee: 5 },
  'request-changes': {},
  'sign-off': {},
  publish: { note: 5 },
  withdraw: {},
  assign: {},
  schedule: {},
  'schedule-withdraw': {},
}
const realBody = (action: Action, member: Member, team: Team): Record<string, unknown> =>
  ({
    submit: {},
    'request-changes': { comment: 'Please check the dose.' },
    'sign-off': { password: member.password },
    publish: {},
    withdraw: { reason: 'Superseded.' },
    assign: { assignee: String(team.reviewer.id) },
    schedule: { publishAt: inAnHour() },
    'schedule-withdraw': { at: inAnHour(), reason: 'Superseded.' },
  })[action]

type Panel = {
  actions: { action: string }[]
  canAssign: boolean
  canDiscardRevision: boolean
  canSchedule: { publish: boolean; withdraw: boolean }
}
const offered = (panel: Panel): Set<string> =>
  new Set([
    ...panel.actions.map(({ action }) => action),
    ...(panel.canAssign ? ['assign'] : []),
    ...(panel.canSchedule.publish ? ['schedule'] : []),
    ...(panel.canSchedule.withdraw ? ['schedule-withdraw'] : []),
  ])

const ACTIONS = Object.keys(PROBE) as Action[]

describe('the workflow panel offers exactly what the API allows', () => {
  const spec = useTeamApp()

  it('for every role and workflow state', async () => {
    const { server } = spec.app
    const { team } = spec
    const faq = (label: string) => createAs(server, team.writer, 'faqs', faqData(`${label}?`))
    const ok = async (response: Promise<request.Response>) => {
      const { status, body } = await response
      if (status !== 200) throw new Error(`${status} ${JSON.stringify(body)}`)
    }
    const draftRevision = (id: string) =>
      ok(saveDraft(server, team.writer, 'faqs', id, { question: `Revised ${Math.random()}?` }))

    const call = (member: Member, id: string, path: string, method: 'get' | 'post') =>
      request(server)
        [method](`/api/faqs/${id}/workflow${path}`)
        .set('Authorization', bearer(member.token))

    const mismatches: string[] = []
    const seen: Record<string, string[]> = {}
    /** Every role's panel on the document now, against the API's answers. */
    const compare = async (docName: string, id: string) => {
      for (const who of ROLES) {
        const member = team[who as Who]
        const panel = (await call(member, id, '', 'get')).body as Panel
        const listed = offered(panel)
        seen[`${docName} ${who}`] = [...listed].sort()
        for (const action of ACTIONS) {
          const probe = await call(member, id, `/${action}`, 'post').send(PROBE[action])
          const where = `${docName}, ${who}, ${action}`
          if (listed.has(action)) {
            if (probe.status !== 400)
              mismatches.push(`${where}: offered, but the API answered ${probe.status}`)
            continue
          }
          if (probe.status === 403) continue
          if (probe.status !== 400) {
            mismatches.push(`${where}: not offered, the probe answered ${probe.status}`)
            continue
          }
          const real = await call(member, id, `/${action}`, 'post').send(
            realBody(action, member, team),
          )
          if (real.status !== 409)
            mismatches.push(`${where}: not offered, but the API answered ${real.status}`)
        }
        const discard = await call(member, id, '/discard-revision', 'post').send({})
        if (panel.canDiscardRevision !== (discard.status === 200))
          mismatches.push(
            `${docName}, ${who}, discard-revision: offered ${panel.canDiscardRevision}, the API answered ${discard.status}`,
          )
        if (discard.status === 200) await draftRevision(id)
        else if (![403, 409].includes(discard.status))
          mismatches.push(`${docName}, ${who}, discard-revision: answered ${discard.status}`)
      }
    }

    // Few documents, taken through the states one after another.
    const reviewed = await faq('Reviewed')
    await compare('draft', reviewed)
    await ok(act(server, team.writer, 'faqs', reviewed, 'submit'))
    await compare('inReview', reviewed)
    await ok(
      act(server, team.reviewer, 'faqs', reviewed, 'request-changes', {
        comment: 'Cite the label.',
      }),
    )
    await compare('changesRequested', reviewed)

    const assigned = await faq('Assigned to another pharmacist')
    await ok(
      act(server, team.writer, 'faqs', assigned, 'submit', { assignee: String(team.reviewer2.id) }),
    )
    await compare('assignedToAnother', assigned)

    const live = await faq('Live')
    await approve(server, 'faqs', live, team.writer, team.reviewer)
    await compare('approved', live)
    await ok(act(server, team.editor, 'faqs', live, 'publish'))
    await compare('published', live)
    await draftRevision(live)
    await compare('revision', live)
    await ok(call(team.editor, live, '/discard-revision', 'post').send({}))
    await ok(act(server, team.editor, 'faqs', live, 'withdraw', { reason: 'Old.' }))
    await compare('withdrawn', live)

    expect(mismatches).toEqual([])
    // What the panel offers, in literal terms: the comparison above is not vacuous.
    expect(seen).toEqual({
      'draft writer': ['submit'],
      'draft writer2': [],
      'draft editor': ['submit'],
      'draft admin': ['submit'],
      'draft reviewer': [],
      'inReview writer': [],
      'inReview writer2': [],
      'inReview editor': ['assign'],
      'inReview admin': ['assign'],
      'inReview reviewer': ['request-changes', 'sign-off'],
      'assignedToAnother writer': [],
      'assignedToAnother writer2': [],
      'assignedToAnother editor': ['assign'],
      'assignedToAnother admin': ['assign'],
      'assignedToAnother reviewer': ['request-changes'],
      'changesRequested writer': ['submit'],
      'changesRequested writer2': [],
      'changesRequested editor': ['assign', 'submit'],
      'changesRequested admin': ['assign', 'submit'],
      'changesRequested reviewer': [],
      'approved writer': [],
      'approved writer2': [],
      'approved editor': ['publish', 'schedule'],
      'approved admin': ['publish', 'schedule'],
      'approved reviewer': [],
      'published writer': ['submit'],
      'published writer2': [],
      'published editor': ['schedule-withdraw', 'submit', 'withdraw'],
      'published admin': ['schedule-withdraw', 'submit', 'withdraw'],
      'published reviewer': [],
      'revision writer': ['submit'],
      'revision writer2': [],
      'revision editor': ['schedule-withdraw', 'submit', 'withdraw'],
      'revision admin': ['schedule-withdraw', 'submit', 'withdraw'],
      'revision reviewer': [],
      'withdrawn writer': [],
      'withdrawn writer2': [],
      'withdrawn editor': [],
      'withdrawn admin': [],
      'withdrawn reviewer': [],
    })
  })
})
