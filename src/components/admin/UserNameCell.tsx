import type { DefaultServerCellComponentProps } from 'payload'

import { relationId } from '../../shared/relations'
import { personName } from '../../workflow/assignment'

/**
 * A list cell naming the account a relationship points at. Staff may not read each other's
 * accounts, so the name is looked up on the server: the list shows it, nothing more.
 */
export const UserNameCell = async ({ cellData, payload }: DefaultServerCellComponentProps) => {
  const id = relationId(cellData)
  if (!id) return <span>—</span>
  const user = await payload
    .findByID({
      collection: 'users',
      id,
      depth: 0,
      select: { fullName: true, email: true },
      disableErrors: true,
    })
    .catch(() => null)
  return <span>{user ? personName(user) : '—'}</span>
}
