import type { ReactNode } from 'react';

/**
 * Native radio buttons and checkboxes in large labelled rows: screen readers and keyboards reach them (the UI kit's
 * versions hide the real input), and the whole row is the touch target.
 */
export function RadioList<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend?: string;
  value: T | null;
  options: { value: T; label: ReactNode }[];
  onChange: (value: T) => void;
}) {
  return (
    <div className="choice-list" role="radiogroup" aria-label={legend}>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

export function CheckboxList<T extends string>({
  values,
  options,
  onChange,
}: {
  values: T[];
  options: { value: T; label: ReactNode }[];
  onChange: (values: T[]) => void;
}) {
  return (
    <div className="choice-list">
      {options.map((option) => (
        <CheckboxRow
          key={option.value}
          checked={values.includes(option.value)}
          onChange={(checked) => onChange(checked ? [...values, option.value] : values.filter((value) => value !== option.value))}
        >
          {option.label}
        </CheckboxRow>
      ))}
    </div>
  );
}

export function CheckboxRow({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{children}</span>
    </label>
  );
}
