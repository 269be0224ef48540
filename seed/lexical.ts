/** Builders for the Lexical JSON that Payload stores for rich text, for typed seed content. */

const TEXT_FORMAT = { bold: 1, italic: 2 } as const

type TextNode = {
  type: 'text'
  text: string
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}

type ElementBase = { format: ''; indent: 0; version: 1; direction: 'ltr' }
type ParagraphNode = ElementBase & {
  type: 'paragraph'
  textFormat: 0
  textStyle: ''
  children: TextNode[]
}
type HeadingNode = ElementBase & { type: 'heading'; tag: 'h2' | 'h3' | 'h4'; children: TextNode[] }
type ListItemNode = ElementBase & { type: 'listitem'; value: number; children: TextNode[] }
type ListNode = ElementBase & {
  type: 'list'
  listType: 'bullet' | 'number'
  tag: 'ul' | 'ol'
  start: 1
  children: ListItemNode[]
}
export type BlockNode = ParagraphNode | HeadingNode | ListNode

export type LexicalDocument = {
  root: ElementBase & { type: 'root'; children: BlockNode[] }
  [key: string]: unknown
}

/** Text, or a run such as `bold('Lead:')` followed by plain text. */
export type Inline = string | TextNode

const element = (): ElementBase => ({ format: '', indent: 0, version: 1, direction: 'ltr' })

const text = (value: string, format = 0): TextNode => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const inlineNodes = (inlines: Inline[]): TextNode[] =>
  inlines.map((inline) => (typeof inline === 'string' ? text(inline) : inline))

export const bold = (value: string): TextNode => text(value, TEXT_FORMAT.bold)

export const paragraph = (...inlines: Inline[]): ParagraphNode => ({
  ...element(),
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: inlineNodes(inlines),
})

export const heading = (tag: HeadingNode['tag'], value: string): HeadingNode => ({
  ...element(),
  type: 'heading',
  tag,
  children: [text(value)],
})

export const bulletList = (items: Inline[][]): ListNode => ({
  ...element(),
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: items.map((inlines, index) => ({
    ...element(),
    type: 'listitem',
    value: index + 1,
    children: inlineNodes(inlines),
  })),
})

export const lexicalDocument = (...children: BlockNode[]): LexicalDocument => ({
  root: { ...element(), type: 'root', children },
})
