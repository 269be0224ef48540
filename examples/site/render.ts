import type { ArticleList, DeliveredArticle } from '../../downstream/api-types'

// The CMS's own page renderer (its staff preview prints with it too): copy it into a site as is.
import { articleHtml, escapeHtml as text, pageLayout } from '../../src/delivery/pageHtml'

export const renderIndex = (list: ArticleList): string =>
  pageLayout(
    'Drug information',
    `<h1>Drug information</h1><ul class="articles">${list.docs
      .map(
        (entry) =>
          `<li><a href="/articles/${encodeURIComponent(entry.slug)}">${text(entry.title)}</a><p>${text(entry.summary)}</p></li>`,
      )
      .join('')}</ul>`,
  )

export const renderArticle = (article: DeliveredArticle): string =>
  pageLayout(article.title, articleHtml(article), article.jsonLdScript)

export const renderNotFound = (): string =>
  pageLayout('Not found', '<h1>Not found</h1><p>This article is not published.</p>')
