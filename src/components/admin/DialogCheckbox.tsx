'use client'

type Props = {
  name: string
  checked: boolean
  onChange: (checked: boolean) => void
  children: string
}

/** A ticked-or-not option of a workflow dialog, its label beside the box. */
export const DialogCheckbox = ({ name, checked, onChange, children }: Props) => (
  <label className="workflow-dialog__checkbox">
    <input
      checked={checked}
      name={name}
      onChange={(e) => onChange(e.target.checked)}
      type="checkbox"
    />
    {children}
  </label>
)
