import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError } from "../../api/errors";
import { ChoiceField } from "../../components/ui/ChoiceField";
import { useErrorText } from "../../components/ui/errorText";
import { TerritorySelect } from "../../components/ui/TerritorySelect";
import { STAGES, STANCES } from "../../lib/labels";
import { useCreateBlogger } from "./api";

type Stage = (typeof STAGES)[number];
type Stance = (typeof STANCES)[number];

export function CreateBloggerForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [form, setForm] = useState<{ display_name: string; territory: string; stage: Stage; stance: Stance }>({
    display_name: "",
    territory: "",
    stage: "new",
    stance: "unknown",
  });
  const create = useCreateBlogger();
  const fieldError = (name: string) =>
    create.error instanceof ApiError ? create.error.field(name) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { ...form, territory: form.territory ? Number(form.territory) : null },
      { onSuccess: (blogger) => void navigate(`/bloggers/${blogger.id}`) },
    );
  };
  return (
    <form className="card filters" onSubmit={submit} aria-label={t("bloggers.add")}>
      <label className="field">
        <span>{t("blogger.display_name")}</span>
        <input
          name="display_name"
          required
          value={form.display_name}
          onChange={(e) => setForm({ ...form, display_name: e.target.value })}
        />
        {fieldError("display_name") && <span className="field-error">{fieldError("display_name")}</span>}
      </label>
      <TerritorySelect value={form.territory} emptyLabel="—" onChange={(territory) => setForm({ ...form, territory })} />
      <ChoiceField
        label={t("blogger.stage")}
        value={form.stage}
        choices={STAGES}
        prefix="stage"
        onChange={(stage) => setForm({ ...form, stage })}
      />
      <ChoiceField
        label={t("blogger.stance")}
        value={form.stance}
        choices={STANCES}
        prefix="stance"
        onChange={(stance) => setForm({ ...form, stance })}
      />
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {t("common.create")}
      </button>
      <button type="button" className="btn" onClick={onCancel}>
        {t("common.cancel")}
      </button>
      {create.error && !fieldError("display_name") && (
        <div className="form-error" role="alert">
          {errorText(create.error)}
        </div>
      )}
    </form>
  );
}
