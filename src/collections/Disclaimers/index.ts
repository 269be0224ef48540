import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '../../access/content'
import { editorsAndAdmins, isStaff } from '../../access/roles'
import { richTextField } from '../../fields/richText'
import { rememberDraftSave } from '../../workflow/hooks/rememberDraftSave'
import { withAuthoredVersions } from '../withAuthoredVersions'
import { auditLiveTextChange, rememberLiveText } from './hooks/auditLiveTextChange'
import { keepLiveWhileInUse, refuseDeletingInUse } from './hooks/keepLiveWhileInUse'
import { keepOneDefault } from './hooks/keepOneDefault'
import { makeFirstDisclaimerDefault } from './hooks/makeFirstDisclaimerDefault'
import { refuseDeletingDefault } from './hooks/refuseDeletingDefault'
import { validateDefaultFlag } from './validateDefaultFlag'

export const Disclaimers: CollectionConfig = withAuthoredVersions({
  slug: 'disclaimers',
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: editorsAndAdmins,
    update: editorsAndAdmins,
    delete: editorsAndAdmins,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'isDefault', '_status'],
    description: 'Medical disclaimers. Exactly one is the default that new content gets.',
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    richTextField({ name: 'text', required: true }),
    {
      name: 'isDefault',
      type: 'checkbox',
      label: 'Default disclaimer for new content',
      defaultValue: false,
      validate: validateDefaultFlag,
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeOperation: [rememberDraftSave],
    beforeChange: [makeFirstDisclaimerDefault, keepLiveWhileInUse, rememberLiveText],
    afterChange: [keepOneDefault, auditLiveTextChange],
    beforeDelete: [refuseDeletingDefault, refuseDeletingInUse],
  },
})
