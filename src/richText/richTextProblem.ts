import { nodeAttributeProblem } from './nodeAttributes'

/**
 * What the content editor produces (see editor.ts), and nothing else: stored rich text is
 * delivered as JSON to downstream sites, which may render it without Payload's sanitising HTML
 * converter, so unknown nodes and unsafe link targets are refused when saved.
 */
const NODE_TYPES = new Set([
  'root',
  'paragraph',
  'heading',
  'list',
  'listitem',
  'text',
  'linebreak',
  'tab',
  'link',
  'autolink',
])
const HEADING_TAGS = new Set(['h2', 'h3', 'h4'])
const LIST_TYPES = new Set(['bullet', 'number'])
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

type LexicalNode = { type?: unknown; children?: unknown; [key: string]: unknown }

/** A URL is safe when relative or on http(s)/mailto; browsers ignore tabs, newlines and case in schemes. */
export const isSafeLinkUrl = (url: unknown): boolean => {
  if (typeof url !== 'string') return false
  const compact = url.replace(/[\u0000-\u0020]/g, '').toLowerCase()
  const scheme = compact.match(/^([a-z][a-z0-9+.-]*:)/)?.[1]
  return scheme === undefined || SAFE_SCHEMES.has(scheme)
}

const nodeProblem = (node: LexicalNode): string | undefined => {
  const type = String(node.type)
  if (!NODE_TYPES.has(type)) return `contains a "${type}" element, which the editor does not allow`
  if (type === 'heading' && !HEADING_TAGS.has(String(node.tag)))
    return 'headings must be h2, h3 or h4'
  if (type === 'list' && !LIST_TYPES.has(String(node.listType)))
    return 'lists must be bulleted or numbered'
  if (type === 'text' && typeof node.style === 'string' && node.style.trim() !== '') {
    return 'text must not carry inline styles'
  }
  if (type === 'link' || type === 'autolink') {
    const fields = (node.fields ?? {}) as { url?: unknown; linkType?: unknown }
    if (fields.linkType !== undefined && fields.linkType !== 'custom')
      return 'links must be web addresses'
    if (!isSafeLinkUrl(fields.url))
      return 'links must start with http:, https:, mailto: or be relative'
  }
  return undefined
}

/** The first reason a Lexical document cannot be stored, in words an author understands. */
export const richTextProblem = (document: unknown): string | undefined => {
  if (document === null || document === undefined) return undefined
  const root = (document as { root?: LexicalNode }).root
  if (typeof document !== 'object' || !root || root.type !== 'root')
    return 'is not a rich text document'
  const stack: LexicalNode[] = [root]
  while (stack.length) {
    const node = stack.pop()!
    if (typeof node !== 'object' || node === null)
      return 'contains an element that is not an object'
    const problem = nodeProblem(node) ?? nodeAttributeProblem(node)
    if (problem) return problem
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return 'contains an element whose children are not a list'
    stack.push(...(node.children as LexicalNode[]))
  }
  return undefined
}
