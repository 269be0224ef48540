import { describe } from '@jest/globals'

import { usePublishGate } from './helpers/publishGate'

// The REST paths and new documents: test/publish-gate.spec.ts
describe('the publish gate', () => {
  usePublishGate('other')
})
