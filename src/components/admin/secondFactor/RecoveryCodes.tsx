'use client'

import { Button, toast } from '@payloadcms/ui'

/** The recovery codes, shown once: the person saves them before going on. */
export const RecoveryCodes = ({ codes, onDone }: { codes: string[]; onDone: () => void }) => {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'))
      toast.success('The recovery codes are copied: paste them somewhere safe.')
    } catch {
      toast.error('Copying is not allowed here: write the codes down instead.')
    }
  }
  return (
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
      <div className="second-factor__actions">
        <Button buttonStyle="secondary" onClick={copy} size="small" type="button">
          Copy the codes
        </Button>
        <Button buttonStyle="primary" onClick={onDone} size="small" type="button">
          I have saved them
        </Button>
      </div>
    </div>
  )
}
