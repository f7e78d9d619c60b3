import { useTranslation } from "react-i18next";

/** A labelled select over a fixed list of choices, each shown as the translation
 * `${prefix}.${choice}`; `anyLabel` adds an empty first option (for filters). */
export function ChoiceField<T extends string>({
  label,
  value,
  choices,
  prefix,
  anyLabel,
  onChange,
}: {
  label: string;
  value: string;
  choices: readonly T[];
  prefix: string;
  anyLabel?: string;
  onChange: (value: T) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`${prefix}.${choice}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
