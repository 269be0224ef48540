import { describe, expect, it } from '@jest/globals'

import { judgeRendition } from '../src/delivery/rendition/workflow'

const signer = { printedName: 'Jane Doe, PharmD', signedAt: '2026-12-02T10:00:00.000Z' }

/** The 'rendition' checklist item, judged on loaded facts (no app). */
describe('the rendition item of the publication checklist', () => {
  it.each([
    ['no signature yet', { status: 'unsigned' as const }, true, []],
    ['another item refuses first', { status: 'not-compared' as const }, true, []],
    [
      'a signature from before signed renditions',
      { status: 'no-rendition' as const, signer },
      true,
      [],
    ],
    ['the page signed', { status: 'same' as const, signer }, true, []],
    [
      'a FAQ changed since',
      { status: 'differs' as const, signer, changed: ['the FAQ "Is it safe?" changed since'] },
      false,
      [
        'the page differs from what Jane Doe, PharmD signed: the FAQ "Is it safe?" changed since; it needs a new sign-off',
      ],
    ],
    [
      'the renderer changed',
      { status: 'differs' as const, signer, changed: [] },
      false,
      [
        'the page differs from what Jane Doe, PharmD signed: it renders differently since (the page renderer changed); it needs a new sign-off',
      ],
    ],
  ])('with %s', (_name, facts, met, problems) => {
    expect(judgeRendition(facts)).toEqual([
      expect.objectContaining({ requirement: 'rendition', met, problems }),
    ])
  })

  it('says in words when a signature predates signed renditions', () => {
    expect(judgeRendition({ status: 'no-rendition', signer })[0].label).toBe(
      'Signed by Jane Doe, PharmD on 2 Dec 2026, before signed pages were recorded: only the signed fields are compared',
    )
  })
})
