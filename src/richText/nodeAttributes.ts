/**
 * The attributes each node of the content editor carries in stored Lexical JSON, and the values
 * the editor writes into them (Lexical 0.x `exportJSON`, Payload's link node). Downstream sites
 * may turn `format` into an alignment class or `indent` into a style, so a value the editor
 * cannot produce (`format: 'center" onmouseover="…'`) is refused when saved, naming the attribute.
 */
type AttributeRule = { accepts: (value: unknown) => boolean; expected: string }

const oneOf = (...values: unknown[]): AttributeRule => ({
  accepts: (value) => values.includes(value),
  expected: `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`,
})
const wholeNumber = (min: number, max: number): AttributeRule => ({
  accepts: (value) => Number.isInteger(value) && Number(value) >= min && Number(value) <= max,
  expected: `a whole number from ${min} to ${max}`,
})
const emptyText: AttributeRule = {
  accepts: (value) => value === '',
  expected: 'empty (the editor has no inline styles)',
}
const anyText: AttributeRule = {
  accepts: (value) => typeof value === 'string',
  expected: 'text',
}
const trueOrFalse: AttributeRule = {
  accepts: (value) => typeof value === 'boolean',
  expected: 'true or false',
}
const absent: AttributeRule = {
  accepts: (value) => value === undefined,
  expected: 'left out (the editor has no check lists)',
}
const anObject: AttributeRule = {
  accepts: (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  expected: 'an object',
}

// Lexical's TextFormatType bits (bold 1 … capitalize 1024): pasted text may keep any of them.
const TEXT_FORMAT_BITS = wholeNumber(0, 2047)
const COMMON: Record<string, AttributeRule> = { type: anyText, version: wholeNumber(1, 99) }
const ELEMENT: Record<string, AttributeRule> = {
  ...COMMON,
  children: { accepts: Array.isArray, expected: 'a list' },
  direction: oneOf('ltr', 'rtl', null),
  format: oneOf('', 'left', 'start', 'center', 'right', 'end', 'justify'),
  indent: wholeNumber(0, 20),
  textFormat: TEXT_FORMAT_BITS,
  textStyle: emptyText,
}
const LINK: Record<string, AttributeRule> = { ...ELEMENT, fields: anObject, id: anyText }

export const NODE_ATTRIBUTES: Record<string, Record<string, AttributeRule>> = {
  root: ELEMENT,
  paragraph: ELEMENT,
  heading: { ...ELEMENT, tag: oneOf('h2', 'h3', 'h4') },
  list: {
    ...ELEMENT,
    listType: oneOf('bullet', 'number'),
    start: wholeNumber(0, 100_000),
    tag: oneOf('ul', 'ol'),
  },
  listitem: { ...ELEMENT, value: wholeNumber(0, 100_000), checked: absent },
  link: LINK,
  autolink: LINK,
  text: {
    ...COMMON,
    text: anyText,
    format: TEXT_FORMAT_BITS,
    detail: wholeNumber(0, 3),
    mode: oneOf('normal', 'token', 'segmented'),
    style: emptyText,
  },
  tab: {
    ...COMMON,
    text: oneOf('\t'),
    format: TEXT_FORMAT_BITS,
    detail: wholeNumber(0, 3),
    mode: oneOf('normal', 'token', 'segmented'),
    style: emptyText,
  },
  linebreak: COMMON,
}

const LINK_FIELDS: Record<string, AttributeRule> = {
  url: anyText,
  newTab: trueOrFalse,
  linkType: oneOf('custom'),
  // Left behind as null when a link is switched from a document to a web address.
  doc: oneOf(null),
}

const NODE_NAMES: Record<string, string> = { listitem: 'list item', linebreak: 'line break' }

const problemOf = (
  owner: string,
  value: Record<string, unknown>,
  rules: Record<string, AttributeRule>,
): string | undefined => {
  for (const [attribute, item] of Object.entries(value)) {
    const rule = rules[attribute]
    if (!rule) return `has a ${owner} with an attribute "${attribute}" the editor does not write`
    if (item !== undefined && !rule.accepts(item))
      return `has a ${owner} whose ${attribute} must be ${rule.expected}`
  }
  return undefined
}

/** The first attribute of a known node that the editor could not have written, in words. */
export const nodeAttributeProblem = (node: Record<string, unknown>): string | undefined => {
  const type = String(node.type)
  const rules = NODE_ATTRIBUTES[type]
  if (!rules) return undefined
  const owner = NODE_NAMES[type] ?? type
  const problem = problemOf(owner, node, rules)
  if (problem || (type !== 'link' && type !== 'autolink')) return problem
  return problemOf(owner, (node.fields ?? {}) as Record<string, unknown>, LINK_FIELDS)
}
