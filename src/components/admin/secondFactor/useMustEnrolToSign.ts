'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { type SecondFactorStatus, secondFactorCall } from './secondFactorApi'

/**
 * Whether the signer's role needs two-factor authentication they have not set up: the sign-off
 * dialog says so before they type a password the server would refuse (`active`: only then ask).
 */
export const useMustEnrolToSign = (active: boolean): boolean => {
  const api = useConfig().config.routes.api
  const [mustEnrol, setMustEnrol] = useState(false)
  useEffect(() => {
    if (!active) return
    let current = true
    void secondFactorCall<SecondFactorStatus>(api, '/second-factor').then((outcome) => {
      if (current && outcome.ok) setMustEnrol(outcome.value.required && !outcome.value.enrolled)
    })
    return () => {
      current = false
    }
  }, [active, api])
  return active && mustEnrol
}
