type ErrorBody = {
  errors?: { message?: string; data?: { errors?: { path: string; message: string }[] } }[]
}

/** The field-level errors of a Payload 400: `[{ path, message }]`. */
export const fieldErrors = (body: ErrorBody): { path: string; message: string }[] =>
  (body.errors ?? []).flatMap((error) => error.data?.errors ?? [])

export const fieldErrorPaths = (body: ErrorBody): string[] =>
  fieldErrors(body).map((error) => error.path)
