/** The pharmacists a review may be assigned to, as options of a select. */
export const ReviewerOptions = ({ reviewers }: { reviewers: { id: string; name: string }[] }) =>
  reviewers.map((reviewer) => (
    <option key={reviewer.id} value={reviewer.id}>
      {reviewer.name}
    </option>
  ))
