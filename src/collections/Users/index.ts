import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin, isAdminField, isStaffUser, ROLES } from '../../access/roles'
import {
  credentialsSchema,
  fullNameSchema,
  licenceExpirySchema,
  licenceNumberSchema,
} from '../../validation/reviewerProfile'
import { invalidateDeliveryCacheOnChange } from '../../hooks/invalidateDeliveryCache'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { refuseRoleChanges } from './hooks/refuseRoleChanges'
import { isReviewer, requiredForReviewers } from './reviewerFieldValidation'

const FIFTEEN_MINUTES = 15 * 60 * 1000

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: ({ req }) => isStaffUser(req.user),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'fullName', 'role'],
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: FIFTEEN_MINUTES,
    // Downstream sites read with a consumer account's key: `Authorization: users API-Key <key>`.
    useAPIKey: true,
  },
  fields: [
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'writer',
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'fullName',
      type: 'text',
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
          admin: { description: 'Credential letters, e.g. "PharmD, RPh"' },
          validate: requiredForReviewers(credentialsSchema),
        },
        {
          name: 'licenceNumber',
          type: 'text',
          validate: requiredForReviewers(licenceNumberSchema),
        },
        {
          name: 'licenceExpiresAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: requiredForReviewers(licenceExpirySchema),
        },
      ],
    },
  ],
  hooks: {
    beforeOperation: [refuseRoleChanges],
    beforeChange: [makeFirstUserAdmin],
    // Delivered pages print the reviewer's name and credentials.
    afterChange: [invalidateDeliveryCacheOnChange],
  },
}
