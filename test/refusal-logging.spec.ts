import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { APIError, Forbidden, logError, ValidationError } from 'payload'
import request from 'supertest'

import { levelForLoggedError } from '../src/config/loggingLevels'

import { articleData } from './helpers/content'
import type { Team } from './helpers/team'
import { startTeamApp } from './helpers/teamApp'
import type { TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import { act, createAs } from './helpers/workflow'

type Entry = { level: number; line: string }

const ERROR_LEVEL = 50

describe('how refusals are logged', () => {
  let app: TestApp
  let team: Team
  const logged: Entry[] = []

  beforeAll(async () => {
    ;({ app, team } = await startTeamApp({}, 'teamAndDisclaimer'))
    // Records every line pino writes to Payload's log stream, and passes it on unchanged.
    const logger = app.payload.logger as unknown as Record<
      symbol,
      { write: (line: string) => unknown }
    >
    const streamSymbol = Object.getOwnPropertySymbols(logger).find(
      (symbol) => String(symbol) === 'Symbol(pino.stream)',
    )!
    const stream = logger[streamSymbol]
    const write = stream.write.bind(stream)
    stream.write = (line: string) => {
      logged.push({ level: Number(JSON.parse(line).level), line })
      return write(line)
    }
  })

  afterAll(async () => {
    await app.close()
  })

  it('logs expected refusals (400, 401, 403, 409) over REST and GraphQL at info or warn, without a stack', async () => {
    const articleId = await createAs(app.server, team.writer, 'articles', articleData())
    logged.length = 0
    const editor = bearer(team.editor.token)
    const answers = [
      await act(app.server, team.editor, 'articles', articleId, 'publish'),
      await request(app.server)
        .patch(`/api/articles/${articleId}`)
        .set('Authorization', editor)
        .send({ _status: 'published' }),
      await request(app.server)
        .post('/api/graphql')
        .set('Authorization', editor)
        .send({
          query:
            'mutation ($id: String!) { workflowPublish(collection: articles, id: $id) { state } }',
          variables: { id: articleId },
        }),
      await request(app.server)
        .post('/api/articles')
        .set('Authorization', editor)
        .send({ title: '' }),
      await act(app.server, team.reviewer, 'articles', articleId, 'sign-off', {
        password: 'wrong',
      }),
      await request(app.server)
        .post('/api/users/login')
        .send({ email: team.writer.email, password: 'wrong' }),
      await request(app.server)
        .post('/api/users')
        .set('Authorization', bearer(team.writer.token))
        .send({ email: 'x@example.test' }),
      await request(app.server)
        .get('/api/articles?where[notAField][equals]=1')
        .set('Authorization', editor),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([409, 409, 200, 400, 401, 401, 403, 400])
    expect(logged.filter(({ level }) => level >= ERROR_LEVEL).map(({ line }) => line)).toEqual([])
    expect(logged.map(({ line }) => line).join('\n')).not.toMatch(/"stack"/)
    expect(logged.length).toBeGreaterThanOrEqual(5)
  })

  it('judges by status, not class name: the production bundle renames classes (Forbidden is "i")', async () => {
    const renamed = <T extends Error>(error: T, name: string): T => Object.assign(error, { name })
    const table: [unknown, 'error' | 'info'][] = [
      [renamed(new Forbidden(), 'i'), 'info'],
      [renamed(new ValidationError({ errors: [{ path: 'title', message: 'x' }] }), 'o'), 'info'],
      [{ name: 'GraphQLError', originalError: renamed(new APIError('gate', 409), 'a') }, 'info'],
      [{ name: 'GraphQLError', originalError: new TypeError('x is undefined') }, 'error'],
      [renamed(new APIError('database down', 500), 'Forbidden'), 'error'],
      [new APIError('no status given'), 'error'],
      [Object.assign(new Error('gateway'), { status: 502 }), 'error'],
      [new TypeError('x is undefined'), 'error'],
      ['a string', 'error'],
    ]
    expect(table.map(([error]) => levelForLoggedError(error))).toEqual(
      table.map(([, level]) => level),
    )

    logged.length = 0
    logError({ err: renamed(new Forbidden(), 'i'), payload: app.payload })
    logError({ err: renamed(new APIError('the database is gone', 500), 'i'), payload: app.payload })
    expect(logged.map(({ level }) => level)).toEqual([30, ERROR_LEVEL])
    expect(logged[0].line).not.toMatch(/"stack"/)
    expect(logged[1].line).toMatch(/"stack"/)
  })

  it('still logs an unexpected failure as an error', async () => {
    logged.length = 0
    await app.disconnectDatabase()
    const response = await request(app.server)
      .get('/api/articles')
      .set('Authorization', bearer(team.editor.token))
    expect(response.status).toBeGreaterThanOrEqual(500)
    expect(logged.some(({ level }) => level >= ERROR_LEVEL)).toBe(true)
  })
})
