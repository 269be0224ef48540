import type { Payload } from 'payload'

import type { Media, User } from '../../src/payload-types'

// A 1×1 transparent PNG: the smallest image Payload measures (width and height 1).
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

/** An uploaded image in the media collection (a fixture: the Local API, as `user`). */
export const uploadImage = (payload: Payload, user: User, name: string, alt: string) =>
  payload.create({
    collection: 'media',
    data: { alt },
    file: { data: ONE_PIXEL_PNG, mimetype: 'image/png', name, size: ONE_PIXEL_PNG.length },
    overrideAccess: false,
    user,
  }) as Promise<Media>
