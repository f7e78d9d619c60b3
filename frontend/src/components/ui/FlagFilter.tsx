/** A yes/no list filter kept in the URL as `name=1` (absent when off). */
export function FlagFilter({
  label,
  name,
  filters,
  setFilters,
}: {
  label: string;
  name: string;
  filters: Record<string, string>;
  setFilters: (changes: Record<string, string | null>) => void;
}) {
  return (
    <label className="field checkbox">
      <span>{label}</span>
      <input
        type="checkbox"
        checked={filters[name] === "1"}
        onChange={(e) => setFilters({ [name]: e.target.checked ? "1" : null })}
      />
    </label>
  );
}
