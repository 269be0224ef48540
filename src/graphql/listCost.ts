import type {
  ArgumentNode,
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  ValueNode,
} from 'graphql'
import type { PayloadRequest } from 'payload'

import { GraphQLError, Kind } from 'graphql'

import { fragmentsOf } from './fragments'

import { isStaffUser } from '../access/roles'
import { MAX_LIST_LIMIT } from '../http/queryLimits'

/** Payload's page size when a list query names no limit. */
const DEFAULT_LIMIT = 10

type Variables = Record<string, unknown> | null | undefined

class ListEverythingRefused extends Error {}

const argumentValue = (
  args: readonly ArgumentNode[] | undefined,
  name: string,
  variables: Variables,
): unknown => {
  const node: ValueNode | undefined = args?.find((arg) => arg.name.value === name)?.value
  if (!node) return undefined
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  return undefined
}

/**
 * How many documents a list field may return: its `limit`, Payload's default without one, the
 * largest page for `limit: 0` or `pagination: false` (everything), which only staff may ask for.
 */
const rowsOf = (
  args: readonly ArgumentNode[] | undefined,
  variables: Variables,
  staff: boolean,
): number => {
  if (!args?.some((arg) => arg.name.value === 'limit' || arg.name.value === 'pagination')) return 1
  const limit = argumentValue(args, 'limit', variables)
  const everything = limit === 0 || argumentValue(args, 'pagination', variables) === false
  if (everything) {
    if (!staff) throw new ListEverythingRefused()
    return MAX_LIST_LIMIT
  }
  return typeof limit === 'number' && limit > 0 ? Math.min(limit, MAX_LIST_LIMIT) : DEFAULT_LIMIT
}

const costOf = (
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
  staff: boolean,
  visited: Set<string>,
): number => {
  if (!selectionSet) return 0
  let cost = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue
      const children = costOf(selection.selectionSet, fragments, variables, staff, visited)
      cost += 1 + rowsOf(selection.arguments, variables, staff) * children
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += costOf(selection.selectionSet, fragments, variables, staff, visited)
    } else {
      const name = selection.name.value
      if (visited.has(name) || !fragments[name]) continue
      cost += costOf(
        fragments[name].selectionSet,
        fragments,
        variables,
        staff,
        new Set([...visited, name]),
      )
    }
  }
  return cost
}

/**
 * Estimates what a query reads, multiplying each list's fields by the documents it may return,
 * so 100 aliases of a 100-document list cost what they read. `limit: 0` is refused for the public.
 */
export const listCostLimit =
  (maxCost: number, args: { contextValue?: unknown; variableValues?: Variables }): ValidationRule =>
  (context: ValidationContext) => {
    const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
    const staff = isStaffUser(req?.user ?? null)
    const fragments = fragmentsOf(context)
    return {
      OperationDefinition(operation) {
        let cost: number
        try {
          cost = costOf(operation.selectionSet, fragments, args.variableValues, staff, new Set())
        } catch (error) {
          if (!(error instanceof ListEverythingRefused)) throw error
          context.reportError(
            new GraphQLError(
              'limit: 0 and pagination: false (every document at once) are for CMS staff; ask for pages.',
              {
                nodes: [operation],
              },
            ),
          )
          return
        }
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(
              `The query's estimated complexity is ${cost} (fields times the documents each list may return); the maximum is ${maxCost}. Ask for fewer documents or fields.`,
              { nodes: [operation] },
            ),
          )
        }
      },
    }
  }
