import type * as GraphQL from 'graphql'

import { z } from 'zod'

type GraphQLModule = typeof GraphQL

/** The GraphQL names of zod schemas the schema has always called otherwise than their `.meta` id. */
const GRAPHQL_NAMES: Record<string, string> = {
  WorkflowActionResult: 'WorkflowResult',
  LinkedOutcome: 'WorkflowLinkedOutcome',
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'])

const defOf = (schema: z.core.$ZodType) =>
  schema._zod.def as z.core.$ZodTypeDef & {
    innerType?: z.core.$ZodType
    in?: z.core.$ZodType
    options?: z.core.$ZodType[]
    element?: z.core.$ZodType
    format?: string
  }

/** The schema under optional/nullable/default, and whether it may be absent or null (`.required()` wraps an optional in a nonoptional). */
const unwrap = (schema: z.core.$ZodType): { inner: z.core.$ZodType; nullable: boolean } => {
  let inner = schema
  let nullable = false
  let required = false
  for (let def = defOf(inner); ; def = defOf(inner)) {
    if (def.type === 'nonoptional' && def.innerType) {
      required = true
      inner = def.innerType
    } else if (WRAPPERS.has(def.type) && def.innerType) {
      if (def.type !== 'readonly' && !(def.type === 'optional' && required)) nullable = true
      inner = def.innerType
    } else if (def.type === 'pipe' && def.in) inner = def.in
    else return { inner, nullable }
  }
}

const nameOf = (schema: z.core.$ZodType): string | undefined => {
  const id = z.globalRegistry.get(schema)?.id
  return id && (GRAPHQL_NAMES[id] ?? id)
}

/**
 * Builds GraphQL types from zod schemas, once per name (graphql-js refuses two types of one name):
 * strings, booleans, numbers and unions of one scalar; an enum with a `.meta` id is a GraphQL enum
 * in arguments (its values' GraphQL names with `_` for `-`) and a String in answers, which send the
 * value itself; objects in answers need a name.
 */
export const graphqlTypes = (graphQL: GraphQLModule) => {
  const named = new Map<string, GraphQL.GraphQLNamedType>()
  const once = <T extends GraphQL.GraphQLNamedType>(name: string, build: () => T): T => {
    if (!named.has(name)) named.set(name, build())
    return named.get(name) as T
  }

  const scalarOf = (
    schema: z.core.$ZodType,
    direction: 'input' | 'output',
  ): GraphQL.GraphQLScalarType | GraphQL.GraphQLEnumType | undefined => {
    const def = defOf(schema)
    if (def.type === 'string' || def.type === 'literal') return graphQL.GraphQLString
    if (def.type === 'boolean') return graphQL.GraphQLBoolean
    if (def.type === 'number')
      return def.format === 'safeint' ? graphQL.GraphQLInt : graphQL.GraphQLFloat
    if (def.type === 'enum') {
      const name = nameOf(schema)
      if (direction === 'output' || !name) return graphQL.GraphQLString
      const values = (schema as z.ZodEnum).options as string[]
      return once(
        name,
        () =>
          new graphQL.GraphQLEnumType({
            name,
            values: Object.fromEntries(
              values.map((value) => [value.replace(/-/g, '_'), { value }]),
            ),
          }),
      )
    }
    if (def.type === 'union' && def.options) {
      const types = new Set(def.options.map((option) => scalarOf(unwrap(option).inner, direction)))
      if (types.size === 1) return [...types][0]
    }
    return undefined
  }

  const typeOf = (schema: z.core.$ZodType, direction: 'input' | 'output'): GraphQL.GraphQLType => {
    const { inner, nullable } = unwrap(schema)
    const def = defOf(inner)
    const type = ((): GraphQL.GraphQLType => {
      const scalar = scalarOf(inner, direction)
      if (scalar) return scalar
      if (def.type === 'array' && def.element) {
        return new graphQL.GraphQLList(typeOf(def.element, direction))
      }
      if (def.type === 'object' && direction === 'output') {
        const name = nameOf(inner)
        if (!name) throw new Error('A GraphQL answer object needs a zod .meta({ id })')
        return once(
          name,
          () =>
            new graphQL.GraphQLObjectType({
              name,
              fields: () =>
                Object.fromEntries(
                  Object.entries((inner as z.ZodObject).shape).map(([field, fieldSchema]) => [
                    field,
                    { type: typeOf(fieldSchema, 'output') as GraphQL.GraphQLOutputType },
                  ]),
                ),
            }),
        )
      }
      throw new Error(`No GraphQL ${direction} type for a zod ${def.type}`)
    })()
    return nullable ? type : new graphQL.GraphQLNonNull(type)
  }

  return {
    /** One argument per field of the object, required where the schema requires it. */
    argsOf: (schema: z.ZodObject): GraphQL.GraphQLFieldConfigArgumentMap =>
      Object.fromEntries(
        Object.entries(schema.shape).map(([field, fieldSchema]) => [
          field,
          { type: typeOf(fieldSchema, 'input') as GraphQL.GraphQLInputType },
        ]),
      ),
    outputOf: (schema: z.core.$ZodType): GraphQL.GraphQLOutputType =>
      typeOf(schema, 'output') as GraphQL.GraphQLOutputType,
  }
}
