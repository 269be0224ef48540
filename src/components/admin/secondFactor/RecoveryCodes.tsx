'use client'

import { Button } from '@payloadcms/ui'

/** The recovery codes, shown once: the person saves them before going on. */
export const RecoveryCodes = ({ codes, onDone }: { codes: string[]; onDone: () => void }) => (
  <div className="second-factor__codes" data-testid="recovery-codes">
    <p>
      <strong>Save these recovery codes now.</strong> Each one signs you in once if you lose your
      device; they are not shown again.
    </p>
    <ol>
      {codes.map((code) => (
        <li key={code}>
          <code>{code}</code>
        </li>
      ))}
    </ol>
    <Button buttonStyle="primary" onClick={onDone} size="small" type="button">
      I have saved them
    </Button>
  </div>
)
