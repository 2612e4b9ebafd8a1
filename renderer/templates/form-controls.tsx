// Labelled controls for the template form: each input has its own label (or
// an aria-label inside a table row) and an optional hint tied to it.
import { useId } from 'react';
import type { ReactNode } from 'react';

interface TextProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  required?: boolean;
  mono?: boolean;
  type?: 'text' | 'number' | 'url';
}

export function TextField({ label, value, onChange, hint, required, mono, type = 'text' }: TextProps) {
  const id = useId();
  return (
    <div className="field wide">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} className={mono ? 'mono' : undefined} value={value} required={required} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
    </div>
  );
}

export function AreaField({ label, value, onChange, hint, rows = 6 }: Omit<TextProps, 'type' | 'mono'> & { rows?: number }) {
  const id = useId();
  return (
    <div className="field wide">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} className="mono" rows={rows} spellCheck={false} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
    </div>
  );
}

export function CheckField({ label, checked, onChange, disabled }: { label: string; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function SelectField({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** A section of the form: a card with a legend, and an optional switch that shows its body. */
export function FormSection({ title, children, toggle }: { title: string; children?: ReactNode; toggle?: { label: string; checked: boolean; onChange: (v: boolean) => void } }) {
  return (
    <fieldset className="card form-section">
      <legend>{title}</legend>
      {toggle && <CheckField label={toggle.label} checked={toggle.checked} onChange={toggle.onChange} />}
      {(!toggle || toggle.checked) && children}
    </fieldset>
  );
}

/** An input in a repeated row (custom fields, headers, contact types). */
export function RowInput({ label, value, onChange, mono }: { label: string; value: string; onChange: (v: string) => void; mono?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className={mono ? 'mono' : undefined} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function RowSelect({ label, value, onChange, children }: { label: string; value: string; onChange: (v: string) => void; children: ReactNode }) {
  return <SelectField label={label} value={value} onChange={onChange}>{children}</SelectField>;
}
