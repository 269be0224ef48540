import { describe, expect, it } from '@jest/globals'

import { findSecretsInResponses } from './helpers/secretsInResponses'

// The check every spec's app runs on all responses when it closes; here, that it can fail.
describe('the secrets-in-responses check', () => {
  it.each([
    ['{"user":{"email":"a@b.c","hash":"9f8e"}}'],
    ['{"salt":"abc"}'],
    ['{"resetPasswordToken":"t"}'],
    ['{"apiKey":"k"}'],
  ])('finds a credential field in %s', (body) => {
    expect(findSecretsInResponses([body], [])).toHaveLength(1)
  })

  it('finds a known API key wherever it appears', () => {
    expect(findSecretsInResponses(['{"note":"key 1234-abcd"}'], ['1234-abcd'])).toHaveLength(1)
  })

  it('lets ordinary bodies through, including contentHash fields', () => {
    expect(findSecretsInResponses(['{"contentHash":"ab","hasAPIKey":true}'], ['x-y-z'])).toEqual([])
  })
})
