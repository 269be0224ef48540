import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation'
import { getSafeRedirect } from 'payload/shared'

import { SecondFactorLoginForm } from './SecondFactorLoginForm'

/**
 * /admin/login in place of Payload's own: the same email and password, then, for an account with
 * two-factor authentication, the code from the authenticator app in a second step.
 */
export const SecondFactorLoginView = ({ initPageResult, searchParams }: AdminViewServerProps) => {
  const { payload, user } = initPageResult.req
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  const redirectTo = getSafeRedirect({
    fallbackTo: adminRoute,
    redirectTo: typeof searchParams?.redirect === 'string' ? searchParams.redirect : '',
  })
  if (user) redirect(redirectTo)
  return (
    <div className="login__form second-factor-login">
      <h1 className="second-factor-login__title">MedReview CMS</h1>
      <SecondFactorLoginForm
        apiRoute={apiRoute}
        forgotHref={`${adminRoute}${payload.config.admin.routes.forgot}`}
        redirectTo={redirectTo}
      />
    </div>
  )
}
