'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import { NotationHitList } from './NotationHitList'
import { type RangedHit, rangedHits } from './textRanges'

/** The highlight names the admin's stylesheet paints (notationLint.scss). */
export const NOTATION_HIGHLIGHT = 'notation-lint'
export const NOTATION_POINTED = 'notation-lint-pointed'

const DEBOUNCE_MS = 300

const supportsHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'

// Several rich-text fields share the page's highlight: each keeps its own ranges in it.
const OWN_RANGES = new Map<string, Range[]>()

const paint = (path: string, ranges: Range[]): void => {
  if (!supportsHighlights()) return
  if (ranges.length) OWN_RANGES.set(path, ranges)
  else OWN_RANGES.delete(path)
  const all = [...OWN_RANGES.values()].flat()
  if (all.length) CSS.highlights.set(NOTATION_HIGHLIGHT, new Highlight(...all))
  else CSS.highlights.delete(NOTATION_HIGHLIGHT)
}

/**
 * The notation findings of a Lexical field: its offending characters highlighted in the editor
 * and listed under it; an item points at its text (hover) or selects it (click).
 */
export const NotationRichTextFindings = ({ path }: { path: string }) => {
  const anchor = useRef<HTMLSpanElement>(null)
  const [hits, setHits] = useState<RangedHit[]>([])

  useEffect(() => {
    const field = anchor.current?.closest(`[data-field-path="${CSS.escape(path)}"]`)
    let editor: HTMLElement | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    const lint = () => {
      const found = editor ? rangedHits(editor) : []
      setHits(found)
      paint(
        path,
        found.map((hit) => hit.range),
      )
    }
    const later = () => {
      clearTimeout(timer)
      timer = setTimeout(lint, DEBOUNCE_MS)
    }
    // Only the editor's own changes: the list this renders under it changes too.
    const observer = new MutationObserver((records) => {
      const current = field?.querySelector<HTMLElement>('[contenteditable]') ?? null
      const replaced = current !== editor
      editor = current
      if (replaced || records.some((record) => current?.contains(record.target))) later()
    })
    if (field) {
      editor = field.querySelector<HTMLElement>('[contenteditable]')
      observer.observe(field, { characterData: true, childList: true, subtree: true })
      lint()
    }
    return () => {
      observer.disconnect()
      clearTimeout(timer)
      paint(path, [])
    }
  }, [path])

  const point = useCallback(
    (key: string | null, select: boolean) => {
      if (!supportsHighlights()) return
      const hit = hits.find((candidate) => candidate.key === key)
      if (!hit) return void CSS.highlights.delete(NOTATION_POINTED)
      CSS.highlights.set(NOTATION_POINTED, new Highlight(hit.range))
      if (!select) return
      const editor =
        hit.range.startContainer.parentElement?.closest<HTMLElement>('[contenteditable]')
      editor?.focus()
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(hit.range.cloneRange())
    },
    [hits],
  )

  return (
    <>
      <span hidden ref={anchor} />
      <NotationHitList hits={hits} onPoint={point} />
    </>
  )
}
