import type { ArticlePage } from './types'

import { lexicalToPlainText } from '../richText/plainText'

type PageWithoutJsonLd = Omit<ArticlePage, 'jsonLd' | 'jsonLdScript'>

const credentialList = (credentials: string): string[] =>
  credentials
    .split(',')
    .map((credential) => credential.trim())
    .filter(Boolean)

/** Who publishes the page and where: from the settings, the same for every page. */
export type PageSite = { url?: string; language: string; publisherName?: string }

const isAbsolute = (url: string) => /^https?:\/\//.test(url)

// schema.org wants absolute URLs: a share image is named only when SERVER_URL makes its URL absolute.
const imageOf = ({ meta: { image } }: PageWithoutJsonLd) =>
  image && isAbsolute(image.url)
    ? {
        image: {
          '@type': 'ImageObject',
          url: image.url,
          ...(image.alt ? { caption: image.alt } : {}),
          ...(image.width ? { width: image.width } : {}),
          ...(image.height ? { height: image.height } : {}),
        },
      }
    : {}

const publisherOf = (site: PageSite) =>
  site.publisherName
    ? {
        publisher: {
          '@type': 'Organization',
          name: site.publisherName,
          ...(site.url ? { url: site.url } : {}),
        },
      }
    : {}

const person = ({ reviewerName, credentials }: { reviewerName: string; credentials: string }) => ({
  '@type': 'Person',
  name: reviewerName,
  hasCredential: credentialList(credentials).map((credential) => ({
    '@type': 'EducationalOccupationalCredential',
    credentialCategory: credential,
  })),
})

/** schema.org MedicalWebPage for the page, with its SEO metadata, reviewer, citations and FAQ. */
export const medicalWebPageJsonLd = (
  page: PageWithoutJsonLd,
  site: PageSite,
  url?: string,
): Record<string, unknown> => ({
  '@context': 'https://schema.org',
  '@type': 'MedicalWebPage',
  name: page.title,
  headline: page.title,
  description: page.meta.description ?? page.summary,
  ...(url ? { url } : {}),
  inLanguage: site.language,
  ...imageOf(page),
  ...publisherOf(site),
  ...(page.datePublished ? { datePublished: page.datePublished } : {}),
  ...(page.dateModified ? { dateModified: page.dateModified } : {}),
  ...(page.lastReviewed ? { lastReviewed: page.lastReviewed.slice(0, 10) } : {}),
  ...(page.review
    ? {
        reviewedBy: page.review.firstSigner
          ? [person(page.review.firstSigner), person(page.review)]
          : person(page.review),
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
