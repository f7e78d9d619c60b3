import { type FormEvent, type ReactNode, useId } from "react";

/**
 * The filter bar of a list screen: a search field with its button, then the screen's
 * own filters (children). The field is controlled: the screen keeps what is typed and
 * decides what a search does on submit (put `q` in the URL, focus a graph node…).
 * `suggestions` become the field's autocomplete list.
 */
export function SearchBox({
  label,
  placeholder,
  submitLabel,
  name,
  value,
  onChange,
  onSubmit,
  submitDisabled = false,
  suggestions,
  children,
}: {
  label: string;
  placeholder?: string;
  submitLabel: string;
  name?: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  submitDisabled?: boolean;
  suggestions?: string[];
  children?: ReactNode;
}) {
  const listId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <div className="filters card" role="search">
      <form className="filters-search" onSubmit={submit}>
        <label className="field">
          <span>{label}</span>
          <input
            name={name}
            value={value}
            placeholder={placeholder}
            list={suggestions ? listId : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
          {suggestions && (
            <datalist id={listId}>
              {suggestions.map((suggestion, i) => (
                <option key={i} value={suggestion} />
              ))}
            </datalist>
          )}
        </label>
        <button type="submit" className="btn" disabled={submitDisabled}>
          {submitLabel}
        </button>
      </form>
      {children}
    </div>
  );
}
