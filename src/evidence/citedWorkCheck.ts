import type { PayloadRequest } from 'payload'

import type { CitedWorkCheck, Reference } from '../payload-types'

import { settingsOf } from '../config/settings'
import { resolveDoi } from './crossref'
import { resolvePmid } from './pubmed'
import { NOT_FOUND, ServiceUnavailableError } from './serviceRequest'

export const CITED_WORK_STATUSES = ['resolved', 'not-found'] as const

type Identified = Partial<Pick<Reference, 'doi' | 'pmid'>>

/** The key a cited work is checked under: its DOI (case-insensitive) or else its PMID. */
export const citedWorkIdentifier = (reference: Identified): string | undefined => {
  const doi = reference.doi?.trim()
  if (doi) return `doi:${doi.toLowerCase()}`
  const pmid = reference.pmid?.trim()
  return pmid ? `pmid:${pmid}` : undefined
}

export const findCitedWorkCheck = async (
  req: PayloadRequest,
  identifier: string,
): Promise<CitedWorkCheck | undefined> => {
  const { docs } = await req.payload.find({
    pagination: false,
    collection: 'cited-work-checks',
    where: { identifier: { equals: identifier } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]
}

const ask = (req: PayloadRequest, identifier: string) => {
  const services = settingsOf(req.payload).evidenceServices
  const [scheme, value] = [
    identifier.slice(0, identifier.indexOf(':')),
    identifier.slice(identifier.indexOf(':') + 1),
  ]
  return scheme === 'doi' ? resolveDoi(services, value) : resolvePmid(services, value)
}

export type CheckOutcome = { check: CitedWorkCheck; failed: boolean }

/**
 * Asks the service about a cited work and stores the answer. When the service is down or answers
 * garbage, the previous answer is kept and only the failure is recorded (`failed: true`).
 */
export const checkCitedWork = async (
  req: PayloadRequest,
  identifier: string,
): Promise<CheckOutcome> => {
  const now = new Date().toISOString()
  let data: Partial<CitedWorkCheck>
  let failed = false
  try {
    const work = await ask(req, identifier)
    data =
      work === NOT_FOUND
        ? {
            status: 'not-found',
            title: null,
            journal: null,
            year: null,
            retracted: false,
            retractionNotice: null,
          }
        : { status: 'resolved', ...work }
    data = { ...data, checkedAt: now, lastError: null, lastErrorAt: null }
  } catch (error) {
    if (!(error instanceof ServiceUnavailableError)) throw error
    failed = true
    data = { lastError: error.message, lastErrorAt: now }
  }
  const check = (await req.payload.db.upsert({
    collection: 'cited-work-checks',
    where: { identifier: { equals: identifier } },
    data: { identifier, ...data },
    req,
  })) as unknown as CitedWorkCheck
  return { check, failed }
}
