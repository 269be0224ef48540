/**
 * Who may do what, as the README's role table states it. `allowed` lists the roles for which the
 * operation succeeds; every other role is refused.
 */
export const CALLERS = [
  'anonymous',
  'consumer',
  'writer',
  'reviewer',
  'editor',
  'admin',
  'qa',
] as const
export type Caller = (typeof CALLERS)[number]

export const OPERATIONS = [
  'list',
  'read by id',
  'read draft',
  'read versions',
  'create',
  'update content',
  'update _status',
  'delete',
] as const
export type Operation = (typeof OPERATIONS)[number]

// QA read what staff read and change nothing.
const STAFF: Caller[] = ['writer', 'reviewer', 'editor', 'admin', 'qa']
const EVERYONE: Caller[] = [...CALLERS]
const AUTHORS: Caller[] = ['writer', 'editor', 'admin']
const PUBLISHERS: Caller[] = ['editor', 'admin']

/** Articles, FAQs, comparison rows, references. */
const reviewable: Record<Operation, Caller[]> = {
  list: EVERYONE, // the public sees published documents only
  'read by id': EVERYONE, // a published document
  'read draft': STAFF, // the newer draft of a published document
  'read versions': STAFF,
  create: AUTHORS,
  'update content': AUTHORS, // a writer: only their own draft
  'update _status': PUBLISHERS, // publishing signed content
  delete: AUTHORS, // a writer: only their own never-published draft
}

export const ACCESS_TABLE: Record<string, Partial<Record<Operation, Caller[]>>> = {
  articles: reviewable,
  faqs: reviewable,
  'comparison-rows': reviewable,
  references: reviewable,
  disclaimers: {
    list: EVERYONE,
    'read by id': EVERYONE,
    'read draft': STAFF,
    'read versions': STAFF,
    create: PUBLISHERS,
    'update content': PUBLISHERS,
    'update _status': PUBLISHERS,
    delete: PUBLISHERS,
  },
  signatures: { list: STAFF, 'read by id': STAFF, create: [], 'update content': [], delete: [] },
  'audit-log': { list: STAFF, 'read by id': STAFF, create: [], 'update content': [], delete: [] },
  users: {
    list: ['consumer', ...STAFF], // everyone but admins sees only their own account
    'read by id': ['admin'], // another person's account
    create: ['admin'],
    'update content': ['admin'], // another person's account
    delete: ['admin'],
  },
}
