import type { Field, FieldPaths, PayloadRequest, ServerFieldBase } from 'payload'

import { toWords } from 'payload/shared'

import type { User } from '../../payload-types'

import { relationIds } from '../../shared/relations'
import { personName } from '../../workflow/assignment'
import { peopleNames } from '../../workflow/peopleNames'
import { type RecordDisplay, RecordText } from './RecordText'

type Translatable = unknown

const inWords = (text: Translatable, req: PayloadRequest): string | undefined => {
  if (typeof text === 'function') return inWords(text({ i18n: req.i18n, t: req.i18n.t }), req)
  if (typeof text === 'string') return text
  if (text && typeof text === 'object') {
    const translations = text as Record<string, unknown>
    const translated = translations[req.i18n.language] ?? Object.values(translations)[0]
    return typeof translated === 'string' ? translated : undefined
  }
  return undefined
}

const signerNames = async (req: PayloadRequest, ids: string[]) => {
  const { docs } = await req.payload.find({
    collection: 'signatures',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: { printedName: true },
    req,
  })
  return docs.map((signature) => ({ id: String(signature.id), name: signature.printedName }))
}

/**
 * How the value reads. Staff may not read each other's accounts, so the names of the people (and
 * the signer of a signature) are looked up here, on the server, as the list's UserNameCell does.
 */
const displayOf = async (
  field: Field,
  value: unknown,
  req: PayloadRequest,
): Promise<RecordDisplay> => {
  switch (field.type) {
    case 'date':
      return { kind: 'date', withTime: field.admin?.date?.pickerAppearance !== 'dayOnly' }
    case 'select':
      return {
        kind: 'choice',
        labels: Object.fromEntries(
          field.options.map((option) =>
            typeof option === 'string'
              ? [option, option]
              : [option.value, inWords(option.label, req) ?? option.value],
          ),
        ),
      }
    case 'relationship': {
      const ids = relationIds(Array.isArray(value) ? value : [value])
      const lookUp =
        field.relationTo === 'users'
          ? peopleNames
          : field.relationTo === 'signatures'
            ? signerNames
            : null
      const found = lookUp && ids.length ? await lookUp(req, ids).catch(() => []) : []
      const user = req.user as User | null
      return {
        kind: 'relation',
        names: Object.fromEntries(found.map((entry) => [entry.id, entry.name])),
        you:
          field.relationTo === 'users' && user
            ? { id: String(user.id), name: personName(user) }
            : undefined,
      }
    }
    default:
      return { kind: 'text' }
  }
}

/**
 * The Field component of a record field (src/components/admin/RecordFieldAdmin.ts): written by the
 * system, so it is read as text below the fields people edit, not as a disabled input.
 */
export const RecordField = async ({
  field,
  path,
  req,
  value,
}: ServerFieldBase & Pick<FieldPaths, 'path'>) => {
  const name = 'name' in field ? field.name : path
  const label = ('label' in field ? inWords(field.label, req) : undefined) ?? toWords(name)
  const description = inWords(
    field.admin && 'description' in field.admin ? field.admin.description : undefined,
    req,
  )
  return (
    <RecordText
      description={description}
      display={await displayOf(field, value, req)}
      label={label}
      path={path || name}
    />
  )
}
