import { describe, expect, it } from '@jest/globals'

import { skippedInWords } from '../src/components/admin/skippedInWords'

describe('what an add to a release left out, in words', () => {
  it('lists a few by title and counts many of the same reason, with their titles to open', () => {
    const live = (title: string) => ({ title, note: 'already live, nothing new' })
    expect(
      skippedInWords([
        live('Dosing'),
        { title: 'Old FAQ', note: 'it was withdrawn' },
        live('Mechanism'),
        live('Side effects'),
        live('Primary use'),
      ]),
    ).toEqual([
      {
        line: '4 documents were not added: already live, nothing new.',
        titles: ['Dosing', 'Mechanism', 'Side effects', 'Primary use'],
      },
      { line: '“Old FAQ” was not added: it was withdrawn.', titles: [] },
    ])
    expect(skippedInWords([live('Dosing')])).toEqual([
      { line: '“Dosing” was not added: already live, nothing new.', titles: [] },
    ])
    expect(skippedInWords([])).toEqual([])
  })
})
