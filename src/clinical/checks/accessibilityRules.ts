import type { ClinicalFinding } from '../finding'

import { lexicalToPlainText } from '../../richText/plainText'

type LexicalNode = {
  type?: unknown
  tag?: unknown
  children?: unknown
  fields?: { alt?: unknown; url?: unknown } | null
  value?: unknown
}

/** One rich-text field to check, and the heading level the page gives the text around it. */
export type RichTextPlace = {
  /** How a writer names the field: "the body", "the answer". */
  name: string
  field: string
  document: unknown
  /** The level of the heading the text sits under: the article title (h1), the FAQ section (h2). */
  underLevel: number
}

const HEADINGS = 'WCAG 2.2 SC 1.3.1 Info and Relationships (headings in order, none skipped)'
const LINKS = 'WCAG 2.2 SC 2.4.4 Link Purpose (In Context)'
const ALT = 'WCAG 2.2 SC 1.1.1 Non-text Content'

/** Link texts that say nothing of where the link goes, compared without case and punctuation. */
const VAGUE_LINK_TEXTS = new Set([
  'click here',
  'click',
  'here',
  'read more',
  'more',
  'learn more',
  'find out more',
  'more information',
  'more info',
  'this link',
  'link',
  'this page',
  'this',
  'go',
])
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? (node.children as LexicalNode[]) : []

const levelOf = (node: LexicalNode): number => Number(String(node.tag ?? '').replace(/^h/, ''))

const textOf = (node: LexicalNode): string => lexicalToPlainText({ root: node }).trim()

/** Every node under `node`, depth first, in reading order. */
const descendants = (node: LexicalNode): LexicalNode[] =>
  childrenOf(node).flatMap((child) => [child, ...descendants(child)])

/** What an upload node says its image shows: its own alt, or its media document's. */
export type AltOf = (node: { value?: unknown; fields?: unknown }) => string | undefined

const linkTextProblem = (text: string): string | undefined => {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (!text) return 'this link has no text; a screen reader reads out only its address'
  if (BARE_URL.test(text))
    return 'the link text is a bare web address; say where it leads, e.g. “the baclofen label on DailyMed”'
  if (VAGUE_LINK_TEXTS.has(words))
    return 'the link text does not say where it leads, and screen readers list links by their text; name the destination instead'
  return undefined
}

/**
 * The accessibility of one rich-text field, read from its stored Lexical JSON: headings that
 * skip a level (the first one counted from the heading the text sits under), links whose text
 * does not say where they lead, and images without alt text. Pure, so it is table-tested.
 * Tables are not checked: the content editor cannot hold them (src/richText/editor.ts).
 */
export const accessibilityFindings = (place: RichTextPlace, altOf: AltOf): ClinicalFinding[] => {
  const root = (place.document as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return []
  const found: ClinicalFinding[] = []
  let previousLevel = place.underLevel
  let firstHeading = true
  let where = place.name === 'the body' ? 'the introduction' : place.name
  const finding = (
    rule: string,
    text: string,
    message: string,
    source: string,
    suggestion: string | null = null,
  ) =>
    found.push({
      rule,
      severity: 'warn',
      where,
      field: place.field,
      text,
      message,
      suggestion,
      source,
    })
  for (const block of childrenOf(root)) {
    if (block.type === 'heading') {
      const level = levelOf(block)
      const heading = textOf(block)
      where = `the heading "${heading}"`
      if (level > previousLevel + 1) {
        const expected = `h${previousLevel + 1}`
        finding(
          'a11y.heading-order',
          heading,
          firstHeading
            ? `${place.name} starts at h${level} under an h${previousLevel}, skipping a level; make it an ${expected}`
            : `this h${level} follows an h${previousLevel}, skipping a level, so readers who move by headings miss the structure; make it an ${expected}`,
          HEADINGS,
          expected,
        )
      }
      previousLevel = level
      firstHeading = false
      where = `the section "${heading}"`
      continue
    }
    for (const node of [block, ...descendants(block)]) {
      if (node.type === 'link' || node.type === 'autolink') {
        const text = textOf(node)
        const problem = linkTextProblem(text)
        if (problem) finding('a11y.link-text', text, problem, LINKS)
      }
      if (node.type === 'upload' && !altOf(node)?.trim()) {
        found.push({
          rule: 'a11y.image-alt',
          severity: 'block',
          where,
          field: place.field,
          text: '',
          message: 'an image has no alt text; say what it shows for readers who cannot see it',
          suggestion: null,
          source: ALT,
        })
      }
    }
  }
  return found
}
