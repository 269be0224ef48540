import type { ArticlePage } from './types'

import { lexicalToPlainText } from '../richText/plainText'

type PageWithoutJsonLd = Omit<ArticlePage, 'jsonLd' | 'jsonLdScript'>

const credentialList = (credentials: string): string[] =>
  credentials
    .split(',')
    .map((credential) => credential.trim())
    .filter(Boolean)

/** schema.org MedicalWebPage for the page, with its reviewer, citations and FAQ. */
export const medicalWebPageJsonLd = (
  page: PageWithoutJsonLd,
  url?: string,
): Record<string, unknown> => ({
  '@context': 'https://schema.org',
  '@type': 'MedicalWebPage',
  name: page.title,
  headline: page.title,
  description: page.summary,
  ...(url ? { url } : {}),
  ...(page.datePublished ? { datePublished: page.datePublished } : {}),
  ...(page.dateModified ? { dateModified: page.dateModified } : {}),
  ...(page.lastReviewed ? { lastReviewed: page.lastReviewed.slice(0, 10) } : {}),
  ...(page.review
    ? {
        reviewedBy: {
          '@type': 'Person',
          name: page.review.reviewerName,
          hasCredential: credentialList(page.review.credentials).map((credential) => ({
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: credential,
          })),
        },
      }
    : {}),
  about: [
    ...page.drugs.map((name) => ({ '@type': 'Drug', name })),
    ...page.conditions.map((name) => ({ '@type': 'MedicalCondition', name })),
  ],
  medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
  citation: page.references.map((reference) => ({
    '@type': 'CreativeWork',
    name: reference.title,
    ...(reference.authors ? { author: reference.authors } : {}),
    ...(reference.source ? { publisher: reference.source } : {}),
    ...(reference.year ? { datePublished: String(reference.year) } : {}),
    ...(reference.url ? { url: reference.url } : {}),
    ...(reference.doi ? { sameAs: `https://doi.org/${reference.doi}` } : {}),
  })),
  mainEntity: {
    '@type': 'FAQPage',
    mainEntity: page.faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: lexicalToPlainText(faq.answer) },
    })),
  },
})
