type LexicalNode = { text?: unknown; children?: unknown }

const collectText = (node: LexicalNode, parts: string[]): void => {
  if (typeof node.text === 'string') parts.push(node.text)
  if (Array.isArray(node.children)) {
    for (const child of node.children) collectText(child as LexicalNode, parts)
  }
}

/** The words of a Lexical document (stored JSON), with block boundaries as spaces. */
export const lexicalToPlainText = (document: unknown): string => {
  const root = (document as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const parts: string[] = []
  collectText(root, parts)
  return parts.join(' ')
}
