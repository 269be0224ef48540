import { describe } from '@jest/globals'

import { useGraphqlAccess } from './helpers/graphqlAccess'

// The access table over GraphQL for disclaimers, the records and accounts; the content
// collections' rows and the other GraphQL access cases: test/access-graphql.spec.ts
describe('role-based access over GraphQL', () => {
  useGraphqlAccess().describeTable(['disclaimers', 'signatures', 'audit-log', 'users'])
})
