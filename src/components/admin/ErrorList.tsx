/** What went wrong, as the server said it, announced to screen readers. */
export const ErrorList = ({ errors }: { errors: string[] }) =>
  errors.length ? (
    <ul className="workflow-dialog__errors" role="alert">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  ) : null
