/** What a bibliographic service says about a cited work. */
export type ResolvedWork = {
  title: string
  journal: string | null
  year: number | null
  retracted: boolean
  /** How the service marks the retraction, e.g. "Crossref: retraction 10.1000/xyz". */
  retractionNotice: string | null
}
