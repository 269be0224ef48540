'use client'

import type { PublishButtonClientProps } from 'payload'

import { PublishButton, useAuth } from '@payloadcms/ui'

import type { User } from '../../payload-types'

import { userHasRole } from '../../access/roles'
import { PUBLISHER_ROLES } from '../../workflow/transitions'

/** Payload's Publish button, shown only to the roles the transition table lets publish. */
export const PublishButtonForPublishers = (props: PublishButtonClientProps) => {
  const { user } = useAuth<User>()
  if (!userHasRole(user ?? null, ...PUBLISHER_ROLES)) return null
  return <PublishButton {...props} />
}
