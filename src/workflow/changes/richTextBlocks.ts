import { lexicalToPlainText } from '../../richText/plainText'

type BlockNode = { type?: unknown; children?: unknown }

/** One block of a rich-text document as a reader sees it: its kind in words and its text. */
export type TextBlock = { kind: string; text: string }

const KIND_IN_WORDS: Record<string, string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  listitem: 'list item',
  quote: 'quote',
}

/**
 * A Lexical document's text, block by block: each paragraph, heading and quote, and each list
 * item on its own (a list of ten items is ten blocks to compare). Blocks without text (an image,
 * a rule) are left out.
 */
export const richTextBlocks = (document: unknown): TextBlock[] => {
  const blocks = (document as { root?: { children?: unknown } } | null | undefined)?.root?.children
  if (!Array.isArray(blocks)) return []
  return blocks
    .flatMap((block: BlockNode) =>
      block.type === 'list' && Array.isArray(block.children) ? block.children : [block],
    )
    .map((block: BlockNode) => ({
      kind: KIND_IN_WORDS[String(block.type)] ?? 'block',
      text: lexicalToPlainText({ root: block }).replace(/\s+/g, ' ').trim(),
    }))
    .filter((block) => block.text)
}

/** Each block's name, numbered within its kind: "heading 1", "paragraph 1", "paragraph 2". */
export const blockNames = (blocks: readonly TextBlock[]): string[] => {
  const counts = new Map<string, number>()
  return blocks.map(({ kind }) => {
    const count = (counts.get(kind) ?? 0) + 1
    counts.set(kind, count)
    return `${kind} ${count}`
  })
}
