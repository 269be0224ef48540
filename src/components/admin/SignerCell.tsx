import type { DefaultServerCellComponentProps } from 'payload'

import { relationId } from '../../shared/relations'

/** A list cell with the printed name of the pharmacist who signed the latest sign-off. */
export const SignerCell = async ({ cellData, payload }: DefaultServerCellComponentProps) => {
  const id = relationId(cellData)
  if (!id) return <span>—</span>
  const signature = await payload
    .findByID({
      collection: 'signatures',
      id,
      depth: 0,
      select: { printedName: true },
      disableErrors: true,
    })
    .catch(() => null)
  return <span>{signature?.printedName ?? '—'}</span>
}
