import { describe, expect, it } from '@jest/globals'

import {
  insertMention,
  mentionBeingTyped,
  suggestionsFor,
} from '../src/components/admin/mentionSuggestions'
import { mentionSpans } from '../src/reviewComments/mentionSpans'

const people = [
  { id: '1', name: 'Sam Second', handle: 'Sam Second' },
  { id: '2', name: 'Wren Other', handle: 'Wren Other' },
  { id: '3', name: 'Samira Khan', handle: 'Samira Khan' },
]

/** The comment box's "@" suggestions, as pure functions of the text and the caret. */
describe('mention suggestions', () => {
  it('finds the "@…" just before the caret, at the start or after a space only', () => {
    expect(mentionBeingTyped('Ask @Sa', 7)).toEqual({ start: 4, query: 'Sa' })
    expect(mentionBeingTyped('@', 1)).toEqual({ start: 0, query: '' })
    expect(mentionBeingTyped('Ask @Sam Se', 11)).toEqual({ start: 4, query: 'Sam Se' })
    expect(mentionBeingTyped('mail me@example', 15)).toBeUndefined()
    expect(mentionBeingTyped('Ask @Sa and more', 16)).toEqual({ start: 4, query: 'Sa and more' })
    expect(mentionBeingTyped('Ask @Sa\nnext', 12)).toBeUndefined()
  })

  it('suggests names that start with the query, or have a word that does', () => {
    expect(suggestionsFor(people, 'sa').map((p) => p.id)).toEqual(['1', '3'])
    expect(suggestionsFor(people, 'oth').map((p) => p.id)).toEqual(['2'])
    expect(suggestionsFor(people, 'sam se').map((p) => p.id)).toEqual(['1'])
    expect(suggestionsFor(people, 'sam ').map((p) => p.id)).toEqual(['1'])
    // A finished name (followed by a space) closes the list.
    expect(suggestionsFor(people, 'Sam Second ')).toEqual([])
    expect(suggestionsFor(people, 'Sa and more')).toEqual([])
    expect(suggestionsFor(people, '', 2)).toHaveLength(2)
  })

  it('replaces what was typed with the handle and a space, caret after it', () => {
    const text = 'Ask @sa about it'
    const typed = mentionBeingTyped(text, 7)!
    expect(insertMention(text, typed, people[0])).toEqual({
      text: 'Ask @Sam Second about it',
      caret: 'Ask @Sam Second '.length,
    })
  })

  it('finds where a comment mentions each person, the longer handle winning, for the highlight', () => {
    const handles = [
      { id: '1', handles: ['Sam Second', 'sam@example.com'] },
      { id: '4', handles: ['Sam'] },
    ]
    // "@Sam Secondary" is not Sam Second; it is Sam, then a word.
    const text = 'Thanks @sam second, and @Sam: see @SAM@EXAMPLE.COM. Then @Sam Secondary.'
    expect(
      mentionSpans(text, handles).map((span) => [text.slice(span.start, span.end), span.id]),
    ).toEqual([
      ['@sam second', '1'],
      ['@Sam', '4'],
      ['@SAM@EXAMPLE.COM', '1'],
      ['@Sam', '4'],
    ])
    expect(mentionSpans('mail me@Sam', handles)).toEqual([{ start: 7, end: 11, id: '4' }])
    expect(mentionSpans('nobody here', handles)).toEqual([])
  })
})
