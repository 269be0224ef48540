import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf'
import {
  isAdmin,
  isAdminField,
  isAdminUser,
  isStaffUser,
  ROLES,
  roleLabel,
} from '../../access/roles'
import { authCookies } from '../../config/authCookies'
import {
  credentialsSchema,
  fullNameSchema,
  licenceExpirySchema,
  licenceNumberSchema,
} from '../../validation/reviewerProfile'
import { emailNotificationsField } from '../../notifications/preferencesField'
import { noEmailVerification } from './endpoints/noEmailVerification'
import { auditAccountChanges } from './hooks/auditAccountChanges'
import { emptyInboxOnDelete } from './hooks/emptyInboxOnDelete'
import { endSessionsOnAccountChange } from './hooks/endSessionsOnAccountChange'
import { endResetSessionWithSecondFactor } from './hooks/endResetSessionWithSecondFactor'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { guardLoginAttempts } from './hooks/guardLoginAttempts'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { refuseProtectedAccountChanges } from './hooks/refuseProtectedAccountChanges'
import { stampLicenceVerifier } from './hooks/stampLicenceVerifier'
import { DAY_WITH_YEAR, licenceVerificationFields } from './licenceVerificationFields'
import { deriveLockedUntil, lockedUntilField } from './lockedUntilField'
import { isReviewer, requiredForReviewers } from './reviewerFieldValidation'
import { secondFactorEndpoints } from './endpoints/secondFactor'
import { secondFactorFields } from './secondFactorFields'

const FIFTEEN_MINUTES = 15 * 60 * 1000

/** Credentials and licence: set by admins only; a reviewer sees them read-only. */
const adminSetsIt = { create: isAdminField, update: isAdminField }

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: ({ req }) => isStaffUser(req.user),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'fullName', 'role', 'lockedUntil'],
  },
  auth: {
    cookies: authCookies(),
    maxLoginAttempts: 5,
    lockTime: FIFTEEN_MINUTES,
    // Downstream sites read with a consumer account's key: `Authorization: users API-Key <key>`.
    useAPIKey: true,
    // A JWT works only while its session is in the account's `sessions`: ended sessions stop
    // working at once (see the hooks below). Payload's default, spelled out as rules rest on it.
    useSessions: true,
  },
  endpoints: [noEmailVerification, ...secondFactorEndpoints],
  fields: [
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'writer',
      options: ROLES.map((role) => ({ label: roleLabel(role), value: role })),
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'fullName',
      type: 'text',
      // A reviewer's name is printed on their signatures: only admins change it.
      access: {
        update: ({ req, doc }) => isAdminUser(req.user) || doc?.role !== 'reviewer',
      },
      validate: requiredForReviewers(fullNameSchema),
    },
    {
      type: 'collapsible',
      label: 'Pharmacist credentials (printed on every sign-off)',
      admin: { condition: (data) => isReviewer(data) },
      fields: [
        {
          name: 'credentials',
          type: 'text',
          access: adminSetsIt,
          admin: { description: 'Credential letters, e.g. "PharmD, RPh"' },
          validate: requiredForReviewers(credentialsSchema),
        },
        {
          name: 'licenceNumber',
          type: 'text',
          access: adminSetsIt,
          validate: requiredForReviewers(licenceNumberSchema),
        },
        {
          name: 'licenceExpiresAt',
          type: 'date',
          access: adminSetsIt,
          admin: { date: DAY_WITH_YEAR },
          validate: requiredForReviewers(licenceExpirySchema),
        },
        ...licenceVerificationFields(adminSetsIt),
        {
          name: 'specialtyCredential',
          type: 'text',
          access: adminSetsIt,
          maxLength: 200,
          admin: {
            description:
              'A specialty credential, e.g. "BCPPS (paediatric pharmacotherapy)": one of the two signatures of high-risk content must come from a specialist',
          },
        },
      ],
    },
    emailNotificationsField(),
    lockedUntilField(),
    ...secondFactorFields(),
    {
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: 'Current password',
      admin: {
        condition: (data, _siblingData, { user }) =>
          Boolean(user && data?.id && String(user.id) === String(data.id)),
        components: { Field: '/components/admin/CurrentPasswordField#CurrentPasswordField' },
      },
    },
  ],
  // Sessions (auth `useSessions`, Payload's default) end on a password change (Payload) and on a
  // change of role, licence or email (endSessionsOnAccountChange) or a lock (countFailedLogin).
  hooks: {
    // In order: refuse locked accounts and count wrong passwords; refuse what only an admin or
    // the current password may change; then hold every new password to the policy.
    beforeOperation: [guardLoginAttempts, refuseProtectedAccountChanges, enforcePasswordPolicy],
    beforeChange: [makeFirstUserAdmin, stampLicenceVerifier],
    afterChange: [auditAccountChanges, endSessionsOnAccountChange],
    beforeRead: [deriveLockedUntil],
    beforeDelete: [emptyInboxOnDelete],
    afterOperation: [endResetSessionWithSecondFactor],
  },
}
