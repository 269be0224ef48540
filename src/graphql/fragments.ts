import type { FragmentDefinitionNode, ValidationContext } from 'graphql'

import { Kind } from 'graphql'

/** The named fragments of the query being validated, for rules that walk its selections. */
export const fragmentsOf = (context: ValidationContext): Record<string, FragmentDefinitionNode> => {
  const fragments: Record<string, FragmentDefinitionNode> = {}
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
  }
  return fragments
}
