import type {
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql'

import { GraphQLError, Kind } from 'graphql'

import { fragmentsOf } from './fragments'

const INTROSPECTION_ROOTS = new Set(['__schema', '__type'])

const depthOf = (
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number => {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (INTROSPECTION_ROOTS.has(selection.name.value)) continue
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visited))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visited))
    } else {
      const name = selection.name.value
      if (visited.has(name) || !fragments[name]) continue
      deepest = Math.max(
        deepest,
        depthOf(fragments[name].selectionSet, fragments, new Set([...visited, name])),
      )
    }
  }
  return deepest
}

/** Refuses operations nested deeper than `maxDepth` fields (introspection is left alone). */
export const depthLimit =
  (maxDepth: number): ValidationRule =>
  (context: ValidationContext) => {
    const fragments = fragmentsOf(context)
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set())
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The query is nested ${depth} levels deep; at most ${maxDepth} are allowed.`,
              {
                nodes: [operation],
              },
            ),
          )
        }
      },
    }
  }
