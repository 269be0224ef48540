import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { User } from '../payload-types'

/** People who work on content and its review: they comment on drafts and are mentioned. */
export const REVIEW_TEAM_ROLES = ['admin', 'editor', 'reviewer', 'writer'] as const
/**
 * People who work in the CMS: the review team, and quality assurance (`qa`), who read everything
 * staff read, change nothing and sign the audit-trail review.
 */
export const STAFF_ROLES = [...REVIEW_TEAM_ROLES, 'qa'] as const
/** Every role: staff, plus `consumer` accounts that downstream sites read with through an API key. */
export const ROLES = [...STAFF_ROLES, 'consumer'] as const
export type Role = (typeof ROLES)[number]
export type StaffRole = (typeof STAFF_ROLES)[number]

/** Editors and admins: they edit any content, publish, withdraw, assign reviews and run releases. */
export const PUBLISHER_ROLES = ['editor', 'admin'] as const satisfies readonly Role[]
/** Pharmacist reviewers: they request changes and sign off. */
export const SIGNER_ROLES = ['reviewer'] as const satisfies readonly Role[]
/** Who writes content: writers (their own documents), editors and admins (any). */
export const CONTENT_ROLES = ['writer', ...PUBLISHER_ROLES] as const satisfies readonly Role[]
/** Who takes part in every review: pharmacists, editors and admins. */
export const REVIEW_STAFF_ROLES = [
  'reviewer',
  ...PUBLISHER_ROLES,
] as const satisfies readonly Role[]

/** Who exports records and the audit trail and reads the audit-trail review. */
export const INSPECTOR_ROLES = [...PUBLISHER_ROLES, 'qa'] as const satisfies readonly Role[]
/** Who signs the audit-trail review: quality assurance only, never the people whose work it reviews. */
export const AUDIT_REVIEW_SIGNER_ROLES = ['qa'] as const satisfies readonly Role[]

/** How the admin names a role: `qa` is "QA", the others their capitalised name. */
export const roleLabel = (role: Role): string =>
  role === 'qa' ? 'QA' : role[0].toUpperCase() + role.slice(1)

type MaybeUser = PayloadRequest['user'] | undefined

/** The user's role, or undefined for nobody (and for API-key callers without one). */
export const roleOf = (user: MaybeUser): Role | undefined =>
  user && 'role' in user ? (user as User).role : undefined

/** Only for the role lists above and the helpers below; everything else asks a helper by meaning. */
export const userHasRole = (user: MaybeUser, ...roles: readonly Role[]): boolean => {
  const role = roleOf(user)
  return Boolean(role && roles.includes(role))
}

export const isStaffUser = (user: MaybeUser): boolean => userHasRole(user, ...STAFF_ROLES)
export const isAdminUser = (user: MaybeUser): boolean => userHasRole(user, 'admin')
/** Editors and admins: they act on any document, not only their own. */
export const isEditorOrAdmin = (user: MaybeUser): boolean => userHasRole(user, ...PUBLISHER_ROLES)
/** Who may publish, withdraw and schedule either (the same people as isEditorOrAdmin). */
export const isPublisher = (user: MaybeUser): boolean => userHasRole(user, ...PUBLISHER_ROLES)
/** Pharmacist reviewers, who request changes and sign off. */
export const isSigner = (user: MaybeUser): boolean => userHasRole(user, ...SIGNER_ROLES)
export const isWriter = (user: MaybeUser): boolean => userHasRole(user, 'writer')
/** Writers, editors and admins: they create content and submit it. */
export const writesContent = (user: MaybeUser): boolean => userHasRole(user, ...CONTENT_ROLES)
/** Pharmacists, editors and admins: they see every review queue and every thread. */
export const isReviewStaff = (user: MaybeUser): boolean => userHasRole(user, ...REVIEW_STAFF_ROLES)
/** Writers, pharmacists, editors and admins: they comment on drafts (QA reads the threads only). */
export const isReviewTeamMember = (user: MaybeUser): boolean =>
  userHasRole(user, ...REVIEW_TEAM_ROLES)
/** Editors, admins and QA: records, the audit-trail export and the audit-trail review. */
export const isInspector = (user: MaybeUser): boolean => userHasRole(user, ...INSPECTOR_ROLES)
/** Quality assurance, who sign the audit-trail review. */
export const signsAuditReviews = (user: MaybeUser): boolean =>
  userHasRole(user, ...AUDIT_REVIEW_SIGNER_ROLES)
/** Downstream sites' read-only accounts. */
export const isConsumer = (user: MaybeUser): boolean => userHasRole(user, 'consumer')

export const isAdmin: Access = ({ req }) => isAdminUser(req.user)
/** Collection access for editors and admins. */
export const editorsAndAdmins: Access = ({ req }) => isEditorOrAdmin(req.user)
/** Collection access for writers, editors and admins. */
export const contentWriters: Access = ({ req }) => writesContent(req.user)

/** For operations only server code (the Local API with access control off) may perform. */
export const nobody: Access = () => false

export const isStaff: Access = ({ req }) => isStaffUser(req.user)
/** Collection access for the review team (staff but QA). */
export const reviewTeam: Access = ({ req }) => isReviewTeamMember(req.user)
/** Collection access for editors, admins and QA. */
export const inspectors: Access = ({ req }) => isInspector(req.user)

export const isAdminField: FieldAccess = ({ req }) => isAdminUser(req.user)
