/** The CMS address and the downstream site the delivery specs start the app for. */
export const CMS_URL = 'http://cms.medreview.test'

export const DELIVERY_SITE = {
  SERVER_URL: CMS_URL,
  SITE_URL: 'https://drugs.example.org/',
  SITE_LANGUAGE: 'en-GB',
  PUBLISHER_NAME: 'Example Pharmacy Group',
}
