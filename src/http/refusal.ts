/** Payload's error shape for a 400 naming a field, so clients read every refusal the same way. */
export const fieldRefusal = (path: string, message: string, status = 400): Response =>
  Response.json(
    {
      errors: [
        {
          name: 'ValidationError',
          message: `The following field is invalid: ${path}`,
          data: { errors: [{ path, message: `${path} ${message}` }] },
        },
      ],
    },
    { status },
  )

export const refusal = (message: string, status: number): Response =>
  Response.json({ errors: [{ message }] }, { status })
