import { heading, type LexicalDocument, lexicalDocument, paragraph } from '../../seed/lexical'

const text = (value: string) => ({
  type: 'text' as const,
  text: value,
  format: 0,
  detail: 0 as const,
  mode: 'normal' as const,
  style: '' as const,
  version: 1 as const,
})

/** A link as the content editor stores it (Payload's link node, a web address). */
export const link = (label: string, url = 'https://dailymed.nlm.nih.gov/dailymed/') => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { url, newTab: false, linkType: 'custom' },
  children: [text(label)],
})

/** A paragraph of text with one link in it: "See <link>." */
export const paragraphWithLink = (label: string, url?: string) => {
  const block = paragraph('See ')
  ;(block.children as unknown[]).push(link(label, url), text(' for the label.'))
  return block
}

/** A body with one paragraph holding a link with this text. */
export const bodyWithLink = (label: string, url?: string): LexicalDocument =>
  lexicalDocument(paragraphWithLink(label, url))

/** A body with these headings, each followed by a paragraph. */
export const bodyWithHeadings = (...tags: ('h2' | 'h3' | 'h4')[]): LexicalDocument =>
  lexicalDocument(
    ...tags.flatMap((tag, index) => [heading(tag, `Heading ${index + 1}`), paragraph('Text.')]),
  )

/** An image node (Payload's upload node), which the content editor cannot hold today. */
export const uploadNode = (value: unknown, fields?: Record<string, unknown>) => ({
  type: 'upload',
  version: 3,
  format: '',
  relationTo: 'media',
  value,
  ...(fields ? { fields } : {}),
})
