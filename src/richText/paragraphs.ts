import { lexicalToPlainText } from './plainText'

type BlockNode = { type?: unknown; children?: unknown }

/**
 * A Lexical document's text, block by block: each paragraph, heading and quote, and each list
 * item on its own (a list of ten items is ten paragraphs to compare).
 */
export const richTextParagraphs = (document: unknown): string[] => {
  const blocks = (document as { root?: { children?: unknown } } | null | undefined)?.root?.children
  if (!Array.isArray(blocks)) return []
  return blocks
    .flatMap((block: BlockNode) =>
      block.type === 'list' && Array.isArray(block.children) ? block.children : [block],
    )
    .map((block) => lexicalToPlainText({ root: block }).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}
