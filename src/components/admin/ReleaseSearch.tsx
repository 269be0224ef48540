'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { MoreCandidates, ReleaseCandidate } from '../../releases/candidates'

import {
  REVIEWABLE_COLLECTIONS,
  stateInWords,
  WORKFLOW_STATES,
  type ReviewableCollection,
} from '../../workflow/states'
import { errorMessages } from './workflowApi'

type Props = {
  /** /api/releases/{id} */
  api: string
  busy: boolean
  /** Bumped when the items change, so "In the release" follows. */
  refreshKey: number
  onAdd: (candidate: ReleaseCandidate, includeLinked: boolean) => void
}

const WAIT_MS = 250
const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1)

/**
 * Finds documents to add by words of their title (an FAQ's question, a row's feature), collection
 * and review state (GET /api/releases/{id}/candidates, read with the editor's own access).
 */
export const ReleaseSearch = ({ api, busy, refreshKey, onAdd }: Props) => {
  const { getEntityConfig } = useConfig()
  const [words, setWords] = useState('')
  const [collection, setCollection] = useState('')
  const [state, setState] = useState('')
  const [includeLinked, setIncludeLinked] = useState(true)
  const [results, setResults] = useState<ReleaseCandidate[] | null>(null)
  const [more, setMore] = useState<MoreCandidates[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const asked = Boolean(words.trim() || collection || state)
  // Results of an earlier search stay hidden once the box is cleared.
  const shown = asked ? results : null

  const labelOf = (slug: ReviewableCollection) => {
    const singular = getEntityConfig({ collectionSlug: slug })?.labels?.singular
    return typeof singular === 'string' ? singular : slug
  }

  useEffect(() => {
    if (!asked) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      q: words.trim(),
      ...(collection ? { collection } : {}),
      ...(state ? { state } : {}),
    })
    const timer = setTimeout(() => {
      void fetch(`${api}/candidates?${query}`, {
        credentials: 'include',
        signal: controller.signal,
      })
        .then(async (response) => {
          const body = await response.json()
          if (response.ok) {
            setResults(body.results)
            setMore(body.more ?? [])
            setProblem(null)
          } else setProblem(errorMessages(body).join(' '))
        })
        .catch((error: Error) => {
          if (error.name !== 'AbortError') setProblem(error.message)
        })
    }, WAIT_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, asked, words, collection, state, refreshKey])

  return (
    <div className="release-search" role="search">
      <h4>Add documents</h4>
      <label>
        Find by title, question or feature
        <input
          data-testid="release-search"
          onChange={(event) => setWords(event.target.value)}
          placeholder="e.g. ibuprofen"
          type="search"
          value={words}
        />
      </label>
      <div className="release-search__filters">
        <label>
          Collection
          <select
            data-testid="release-search-collection"
            onChange={(event) => setCollection(event.target.value)}
            value={collection}
          >
            <option value="">All</option>
            {REVIEWABLE_COLLECTIONS.map((slug) => (
              <option key={slug} value={slug}>
                {labelOf(slug)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Review state
          <select
            data-testid="release-search-state"
            onChange={(event) => setState(event.target.value)}
            value={state}
          >
            <option value="">Any</option>
            {WORKFLOW_STATES.map((value) => (
              <option key={value} value={value}>
                {capitalised(stateInWords(value))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="release-search__linked">
        <span>
          <input
            checked={includeLinked}
            data-testid="release-include-linked"
            onChange={(event) => setIncludeLinked(event.target.checked)}
            type="checkbox"
          />{' '}
          With an article, also add its FAQs, comparison rows and references that are not live
        </span>
      </label>
      {problem ? (
        <p className="workflow-panel__problem" role="alert">
          {problem}
        </p>
      ) : null}
      {!asked ? (
        <p className="workflow-panel__note">
          Type words of a title, or pick a collection or state.
        </p>
      ) : null}
      {shown && !shown.length ? <p data-testid="release-search-none">No documents match.</p> : null}
      {shown?.length ? (
        <ul
          aria-label="Documents found"
          className="release-search__results"
          data-testid="release-search-results"
        >
          {shown.map((result) => (
            <li
              data-collection={result.collection}
              data-id={result.id}
              data-testid="release-search-result"
              key={`${result.collection}:${result.id}`}
            >
              <span>
                <strong>{result.collectionLabel}</strong> “{result.title}”
                <span className="workflow-panel__note"> · {result.stateWords}</span>
              </span>
              {result.inRelease ? (
                <span className="workflow-panel__note">In the release</span>
              ) : result.nothingNew ? (
                <span className="workflow-panel__note">Live, nothing new to release</span>
              ) : (
                <Button
                  aria-label={`Add ${result.collectionLabel} “${result.title}” to the release`}
                  buttonStyle="secondary"
                  disabled={busy}
                  extraButtonProps={{ 'data-testid': 'release-add' }}
                  onClick={() => onAdd(result, includeLinked)}
                  size="xsmall"
                >
                  Add
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {shown?.length && more.length ? (
        <p className="workflow-panel__note" data-testid="release-search-more">
          {more
            .map(
              (entry) => `${entry.shown} of ${entry.total} ${entry.collectionLabel} matches shown`,
            )
            .join('; ')}
          : add words, or pick a collection or state, to find the others.
        </p>
      ) : null}
    </div>
  )
}
