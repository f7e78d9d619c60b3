import { type KeyboardEvent, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Click-to-edit value: Enter (or Save) sends, Escape cancels. Without `canEdit` it is
 * plain text — viewers get no edit controls at all.
 */
export function EditableField({
  label,
  value,
  display,
  canEdit,
  onSave,
  options,
  multiline = false,
  error,
  saving = false,
}: {
  label: string;
  value: string;
  display?: string;
  canEdit: boolean;
  onSave: (value: string) => void;
  options?: { value: string; label: string }[];
  multiline?: boolean;
  error?: string;
  saving?: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const shown = display ?? (value || "—");
  if (!canEdit) return <span>{shown}</span>;
  if (!editing) {
    return (
      <button
        type="button"
        className="btn-link editable"
        aria-label={t("card.edit_field", { field: label })}
        onClick={() => {
          setDraft(value);
          setEditing(true);
        }}
      >
        {shown} <span aria-hidden="true">✎</span>
      </button>
    );
  }
  const save = () => {
    if (draft !== value) onSave(draft);
    setEditing(false);
  };
  const keys = (event: KeyboardEvent) => {
    if (event.key === "Escape") setEditing(false);
    if (event.key === "Enter" && !multiline) {
      event.preventDefault();
      save();
    }
  };
  return (
    <span className="row">
      {options ? (
        <select aria-label={label} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={keys} autoFocus>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea aria-label={label} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={keys} autoFocus />
      ) : (
        <input aria-label={label} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={keys} autoFocus />
      )}
      <button type="button" className="btn btn-small btn-primary" onClick={save} disabled={saving}>
        {t("common.save")}
      </button>
      <button type="button" className="btn btn-small" onClick={() => setEditing(false)}>
        {t("common.cancel")}
      </button>
      {error && <span className="field-error">{error}</span>}
    </span>
  );
}
