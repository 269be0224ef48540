import { APIError, ValidationError } from 'payload'

const FACTS_ARE_EDITORS =
  'Only editors and admins set a drug’s facts (maximum daily dose, usual starting dose, boxed warning): ask an editor to change them'

/** 403 naming `facts`, in the field-error shape of a 400, so a form shows it at the field. */
export const factsNotYours = (): APIError =>
  new APIError(
    FACTS_ARE_EDITORS,
    403,
    {
      collection: 'drugs',
      errors: [{ path: 'facts', message: FACTS_ARE_EDITORS }],
    },
    true,
  )

export type MissingSignature = { reason: boolean; password: boolean }

/** 400 naming each missing part of the signature of a facts change. */
export const unsignedFactsChange = (missing: MissingSignature): ValidationError =>
  new ValidationError({
    collection: 'drugs',
    errors: [
      ...(missing.reason
        ? [
            {
              path: 'factsChangeReason',
              message:
                'Say why the drug facts change (e.g. "New FDA label"): the change is signed and audited',
            },
          ]
        : []),
      ...(missing.password
        ? [
            {
              path: 'signerPassword',
              message: 'Enter your password to sign the change of the drug facts',
            },
          ]
        : []),
    ],
  })
