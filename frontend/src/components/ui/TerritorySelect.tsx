import { useTranslation } from "react-i18next";
import { useTerritories } from "../../api/territories";

/**
 * The territory picker of every filter bar and form: a select labelled "Territory" over
 * all territories by name, valued by id. The empty first option reads "any" (filters)
 * unless the caller names it (a form's "none").
 */
export function TerritorySelect({
  value,
  onChange,
  emptyLabel,
}: {
  value: string;
  onChange: (territoryId: string) => void;
  emptyLabel?: string;
}) {
  const { t } = useTranslation();
  const territories = useTerritories();
  return (
    <label className="field">
      <span>{t("blogger.territory")}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{emptyLabel ?? t("common.any")}</option>
        {territories.data?.results.map((territory) => (
          <option key={territory.id} value={territory.id}>
            {territory.name}
          </option>
        ))}
      </select>
    </label>
  );
}
