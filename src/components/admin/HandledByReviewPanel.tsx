/**
 * Takes the place of Payload's Publish and Unpublish buttons on reviewed content: publication
 * and withdrawal are the medical review panel's (with the checklist, the signed version, the
 * linked documents and a public note or a reason), so a person sees one way to do each. A save
 * going live by any other path is refused by the publication guard anyway.
 */
export const HandledByReviewPanel = () => null
