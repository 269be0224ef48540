import { describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData, richText } from './helpers/content'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { fieldErrorPaths, fieldErrors } from './helpers/validationErrors'
import { createAs } from './helpers/workflow'

const paragraphWith = (...children: Record<string, unknown>[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children,
      },
    ],
  },
})
const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
  ...extra,
})
const link = (url: string, type = 'link') => ({
  type,
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { url, newTab: false, linkType: 'custom' },
  children: [text('a link')],
})

/** A document whose one paragraph carries these attributes (over the editor's defaults). */
const paragraphAttributes = (attributes: Record<string, unknown>) => {
  const document = paragraphWith(text('x'))
  Object.assign(document.root.children[0], attributes)
  return document
}
const list = (attributes: Record<string, unknown>, item: Record<string, unknown> = {}) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        start: 1,
        version: 1,
        ...attributes,
        children: [{ type: 'listitem', value: 1, version: 1, ...item, children: [text('x')] }],
      },
    ],
  },
})

/** Known nodes whose attributes hold what the editor never writes (downstream may print them). */
const WRONG_ATTRIBUTES: [string, unknown, string][] = [
  [
    'a paragraph format that breaks out of an attribute',
    paragraphAttributes({ format: 'center" onmouseover="alert(7)' }),
    'format',
  ],
  ['an indent that is CSS', paragraphAttributes({ indent: '1;x:expression(alert(7))' }), 'indent'],
  ['a negative indent', paragraphAttributes({ indent: -3 }), 'indent'],
  [
    'a direction that is not ltr or rtl',
    paragraphAttributes({ direction: 'ltr" x="' }),
    'direction',
  ],
  ['a paragraph text style', paragraphAttributes({ textStyle: 'color:red' }), 'textStyle'],
  ['a paragraph text format that is text', paragraphAttributes({ textFormat: '1' }), 'textFormat'],
  ['an attribute the editor never writes', paragraphAttributes({ onclick: 'alert(7)' }), 'onclick'],
  ['a text format that is text', paragraphWith(text('x', { format: 'bold' })), 'format'],
  ['a text mode that is not one of Lexical’s', paragraphWith(text('x', { mode: 'x" y' })), 'mode'],
  ['a list tag that is not ul or ol', list({ tag: 'script' }), 'tag'],
  ['a list start that is text', list({ start: '1" onload="x' }), 'start'],
  ['a list item value that is text', list({}, { value: '1;x' }), 'value'],
  ['a checked list item (no check lists here)', list({}, { checked: true }), 'checked'],
  [
    'a link whose newTab is text',
    paragraphWith({
      ...link('https://example.org'),
      fields: { url: 'https://example.org', newTab: 'yes', linkType: 'custom' },
    }),
    'newTab',
  ],
  [
    'a link with its own rel and target',
    paragraphWith({ ...link('https://example.org'), rel: 'opener', target: '_top' }),
    'rel',
  ],
]

const UNSAFE: [string, unknown][] = [
  ['a javascript: link', paragraphWith(link('javascript:alert(document.cookie)'))],
  ['a javascript: link in mixed case with a tab', paragraphWith(link('JaVa\tScRiPt:alert(1)'))],
  ['a data: link', paragraphWith(link('data:text/html;base64,PHNjcmlwdD4='))],
  ['a vbscript: autolink', paragraphWith(link('vbscript:msgbox(1)', 'autolink'))],
  [
    'an unknown element',
    paragraphWith({ type: 'html', version: 1, html: '<script>alert(1)</script>' }),
  ],
  [
    'an upload element',
    paragraphWith({ type: 'upload', version: 1, relationTo: 'users', value: '1' }),
  ],
  [
    'a level-one heading',
    { root: { type: 'root', children: [{ type: 'heading', tag: 'h1', children: [text('Big')] }] } },
  ],
  ['an inline style', paragraphWith(text('red', { style: 'background:url(javascript:alert(1))' }))],
  ['children that are not a list', { root: { type: 'root', children: { 0: text('x') } } }],
  [WRONG_ATTRIBUTES[0][0], WRONG_ATTRIBUTES[0][1]],
]

describe('rich text holds only what the editor makes', () => {
  const spec = useTeamApp()

  it.each(UNSAFE)(
    'refuses %s in an article body, an FAQ answer and a disclaimer (400 naming the field)',
    async (_label, document) => {
      const targets: [string, string, Record<string, unknown>, string][] = [
        ['/api/articles', spec.team.writer.token, articleData({ body: document }), 'body'],
        ['/api/faqs', spec.team.writer.token, { question: 'Safe?', answer: document }, 'answer'],
        ['/api/disclaimers', spec.team.editor.token, { title: 'Unsafe', text: document }, 'text'],
      ]
      for (const [path, token, data, field] of targets) {
        const response = await request(spec.app.server)
          .post(path)
          .set('Authorization', bearer(token))
          .send(data)
        expect(response.status).toBe(400)
        expect(fieldErrorPaths(response.body)).toContain(field)
      }
    },
  )

  it('refuses the same on update and over GraphQL, and keeps what was stored', async () => {
    const id = await createAs(
      spec.app.server,
      spec.team.writer,
      'articles',
      articleData({ body: richText('Safe text.') }),
    )
    const [, document] = UNSAFE[0]
    const rest = await request(spec.app.server)
      .patch(`/api/articles/${id}?draft=true`)
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ body: document })
    expect(rest.status).toBe(400)
    const graphql = await request(spec.app.server)
      .post('/api/graphql')
      .set('Authorization', bearer(spec.team.writer.token))
      .send({
        query:
          'mutation ($id: String!, $body: JSON) { updateArticle(id: $id, draft: true, data: { body: $body }) { id } }',
        variables: { id, body: document },
      })
    expect(graphql.body.errors?.[0]?.message).toMatch(/body/i)
    const stored = await spec.app.payload.findByID({
      collection: 'articles',
      id,
      draft: true,
      depth: 0,
    })
    expect(JSON.stringify(stored.body)).toContain('Safe text.')
    expect(JSON.stringify(stored.body)).not.toContain('javascript')
  })

  it.each([
    'https://www.nhs.uk/medicines/baclofen/',
    'http://example.org',
    'mailto:pharmacist@example.org',
    '/articles/baclofen',
    '#references',
  ])('keeps a link to %s', async (url) => {
    const response = await request(spec.app.server)
      .post('/api/articles')
      .set('Authorization', bearer(spec.team.writer.token))
      .send(articleData({ body: paragraphWith(link(url)) }))
    expect(response.status).toBe(201)
    expect(JSON.stringify(response.body.doc.body)).toContain(url)
  })

  it.each(WRONG_ATTRIBUTES)('names the attribute of %s', async (_label, document, attribute) => {
    const response = await request(spec.app.server)
      .post('/api/faqs')
      .set('Authorization', bearer(spec.team.writer.token))
      .send({ question: 'Attributes?', answer: document })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body).find((error) => error.path === 'answer')?.message).toContain(
      attribute,
    )
  })

  it('keeps what the editor writes: alignment, indent, direction, lists and formats', async () => {
    const body = paragraphAttributes({ format: 'center', indent: 2, direction: 'rtl' })
    body.root.children.push(
      list({ listType: 'number', tag: 'ol', start: 3 }, { value: 3 }).root.children[0] as never,
      {
        ...paragraphWith(text('bold italic', { format: 3 })).root.children[0],
        direction: null,
      } as never,
    )
    const response = await request(spec.app.server)
      .post('/api/articles')
      .set('Authorization', bearer(spec.team.writer.token))
      .send(articleData({ body }))
    expect(response.status).toBe(201)
    expect(response.body.doc.body.root.children[0]).toMatchObject({ format: 'center', indent: 2 })
  })
})
