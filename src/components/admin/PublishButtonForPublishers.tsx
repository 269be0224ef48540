'use client'

import type { PublishButtonClientProps } from 'payload'

import { PublishButton, useAuth } from '@payloadcms/ui'

import type { User } from '../../payload-types'

import { isPublisher } from '../../access/roles'

/** Payload's Publish button, shown only to publishers (the roles the transition table lets publish). */
export const PublishButtonForPublishers = (props: PublishButtonClientProps) => {
  const { user } = useAuth<User>()
  if (!isPublisher(user ?? null)) return null
  return <PublishButton {...props} />
}
