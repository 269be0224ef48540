import { lexicalToPlainText } from './plainText'

type LexicalNode = { type?: unknown; children?: unknown }

export type RichTextSection = {
  /** The heading the section starts with; null for the text before the first heading. */
  heading: string | null
  text: string
}

/** A Lexical document's text cut at its headings, in order; empty sections are left out. */
export const richTextSections = (document: unknown): RichTextSection[] => {
  const root = (document as { root?: LexicalNode } | null | undefined)?.root
  const blocks = Array.isArray(root?.children) ? (root.children as LexicalNode[]) : []
  const sections: RichTextSection[] = [{ heading: null, text: '' }]
  for (const block of blocks) {
    const text = lexicalToPlainText({ root: block })
    if (block.type === 'heading') sections.push({ heading: text.trim(), text: '' })
    else sections[sections.length - 1].text += ` ${text}`
  }
  return sections
    .map((section) => ({ ...section, text: section.text.trim() }))
    .filter((section) => section.text)
}
