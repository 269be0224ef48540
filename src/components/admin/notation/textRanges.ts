import { type NotationHit, lintText } from '../../../clinical/notation/lintText'

/** Lexical renders each paragraph, heading and list item as one of these. */
const BLOCK = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th'

/** A finding in the editor and the characters it covers, as a DOM range. */
export type RangedHit = NotationHit & { key: string; range: Range }

type Piece = { node: Text; start: number }

const blockTexts = (root: HTMLElement): Map<Element, Piece[]> => {
  const blocks = new Map<Element, Piece[]>()
  const lengths = new Map<Element, number>()
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.parentElement?.closest(BLOCK) ?? root
    const start = lengths.get(block) ?? 0
    blocks.set(block, [...(blocks.get(block) ?? []), { node: node as Text, start }])
    lengths.set(block, start + (node.textContent ?? '').length)
  }
  return blocks
}

const position = (pieces: Piece[], offset: number, isEnd: boolean): [Text, number] => {
  const piece =
    [...pieces]
      .reverse()
      .find((candidate) => (isEnd ? candidate.start < offset : candidate.start <= offset)) ??
    pieces[0]
  return [piece.node, offset - piece.start]
}

/**
 * The notation findings in an editor's text, block by block, each with the range it covers. Only
 * reads the DOM: Lexical owns the editor's tree, so the findings are shown with the CSS Custom
 * Highlight API instead of marks inside it.
 */
export const rangedHits = (root: HTMLElement): RangedHit[] =>
  [...blockTexts(root).values()].flatMap((pieces, blockIndex) => {
    const text = pieces.map((piece) => piece.node.textContent ?? '').join('')
    return lintText(text).map((hit) => {
      const range = document.createRange()
      range.setStart(...position(pieces, hit.start, false))
      range.setEnd(...position(pieces, hit.end, true))
      return { ...hit, key: `${blockIndex}-${hit.start}-${hit.rule}`, range }
    })
  })
