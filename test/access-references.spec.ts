import { describe } from '@jest/globals'

import { describeContentAccess } from './helpers/contentAccess'

// The access table's references rows; the other collections have a file each (test/access-*.spec.ts).
describe('role-based access over REST', () => describeContentAccess('references'))
