import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'

import { describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite'
import request from 'supertest'

import { drugNamesToRelations } from '../src/database/drugNamesToRelations'
import { drugNamesToRelationsOnMongo } from '../src/database/drugNamesToRelationsOnMongo'
import { articleData } from './helpers/content'
import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { createAs } from './helpers/workflow'

/**
 * Upgrading a database whose articles named their drugs in free text: the data migration of the
 * database under test (SQLite's living_content migration, MongoDB's start-up data migration)
 * turns every spelling into the one drug it names, on the live row and its versions.
 */
describe('free-text drug names become drug relations', () => {
  const ctx = useTeamApp()

  const writeOldNames = async (id: string, names: string[]) => {
    const { payload } = ctx.app
    if (payload.db.name === 'mongoose') {
      const adapter = payload.db as unknown as MongooseAdapter
      const { ObjectId } = adapter.connection.base.Types
      const _id = new ObjectId(id)
      await adapter.collections.articles.collection.updateOne({ _id }, { $set: { drugs: names } })
      await adapter.versions.articles.collection.updateMany(
        { parent: _id },
        { $set: { 'version.drugs': names } },
      )
      await drugNamesToRelationsOnMongo({ payload })
      return
    }
    const db = (payload.db as unknown as SQLiteAdapter).drizzle
    for (const [order, name] of names.entries()) {
      await db.run(
        sql`INSERT INTO articles_texts ("order", parent_id, path, text) VALUES (${order + 1}, ${id}, 'drugs', ${name})`,
      )
      await db.run(
        sql`INSERT INTO _articles_v_texts ("order", parent_id, path, text) SELECT ${order + 1}, id, 'version.drugs', ${name} FROM _articles_v WHERE parent_id = ${id}`,
      )
    }
    await drugNamesToRelations({ db, payload } as never)
  }

  it('maps every spelling to one drug (once per article), creating the drugs no one had made, in order', async () => {
    const { app, team } = ctx
    const known = await app.payload.create({
      collection: 'drugs',
      data: { name: 'baclofen', synonyms: ['Lioresal'] },
    })
    const id = await createAs(app.server, team.writer, 'articles', articleData())
    await writeOldNames(id, [' Baclofen', 'LIORESAL', 'Tizanidine'])

    const latest = await request(app.server)
      .get(`/api/articles/${id}?draft=true&depth=1`)
      .set('Authorization', bearer(team.editor.token))
    expect(latest.status).toBe(200)
    const names = (latest.body.drugs as { id: string; name: string }[]).map((drug) => drug.name)
    expect(names).toEqual(['baclofen', 'Tizanidine'])
    expect(latest.body.drugs[0].id).toBe(String(known.id))
    const { totalDocs } = await app.payload.count({
      collection: 'drugs',
      where: { name: { equals: 'Tizanidine' } },
    })
    expect(totalDocs).toBe(1)
    const { docs: versions } = await app.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      depth: 0,
    })
    for (const version of versions)
      expect((version.version.drugs ?? []).map(String)).toContain(String(known.id))
  })
})
