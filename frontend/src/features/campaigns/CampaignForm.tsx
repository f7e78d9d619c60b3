import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/errors";
import { useErrorText } from "../../components/ui/errorText";
import { type Campaign, type CampaignInput, useSaveCampaign } from "./api";

const GOALS = ["goal_publications", "goal_reposts", "goal_mentions", "goal_reach"] as const;
type Goal = (typeof GOALS)[number];
type FormState = Record<"title" | "description" | "starts_on" | "ends_on" | "goal" | Goal, string>;

function initial(campaign: Campaign | null): FormState {
  const today = new Date().toISOString().slice(0, 10);
  const number = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));
  return {
    title: campaign?.title ?? "",
    description: campaign?.description ?? "",
    starts_on: campaign?.starts_on ?? today,
    ends_on: campaign?.ends_on ?? today,
    goal: campaign?.goal ?? "",
    goal_publications: number(campaign?.goal_publications),
    goal_reposts: number(campaign?.goal_reposts),
    goal_mentions: number(campaign?.goal_mentions),
    goal_reach: number(campaign?.goal_reach),
  };
}

/** Create a campaign (``campaign`` null) or edit one: title, period, the goal in words and in figures. */
export function CampaignForm({
  campaign,
  onDone,
  onCancel,
}: {
  campaign: Campaign | null;
  onDone: (saved: Campaign) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveCampaign(campaign?.id ?? null);
  const [form, setForm] = useState<FormState>(() => initial(campaign));
  const fieldError = (name: string) => (save.error instanceof ApiError ? save.error.field(name) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: CampaignInput = {
      title: form.title,
      description: form.description,
      starts_on: form.starts_on,
      ends_on: form.ends_on,
      goal: form.goal,
    };
    for (const name of GOALS) body[name] = form[name] === "" ? null : Number(form[name]);
    save.mutate(body, { onSuccess: onDone });
  };
  const text = (name: keyof FormState, type = "text", required = false) => (
    <label className="field" key={name}>
      <span>{t(`campaign.${name}`)}</span>
      <input
        name={name}
        type={type}
        min={type === "number" ? 0 : undefined}
        required={required}
        value={form[name]}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
      {fieldError(name) && <span className="field-error">{fieldError(name)}</span>}
    </label>
  );
  const formFields = Object.keys(form);
  return (
    <form
      className="card campaign-form"
      onSubmit={submit}
      aria-label={campaign ? t("campaigns.edit") : t("campaigns.new")}
    >
      <h2>{campaign ? t("campaigns.edit") : t("campaigns.new")}</h2>
      {text("title", "text", true)}
      <div className="form-row">
        {text("starts_on", "date", true)}
        {text("ends_on", "date", true)}
      </div>
      <label className="field">
        <span>{t("campaign.description")}</span>
        <textarea
          name="description"
          rows={2}
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
        />
      </label>
      {text("goal")}
      <div className="form-row">{GOALS.map((name) => text(name, "number"))}</div>
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {campaign ? t("common.save") : t("common.create")}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
      {save.error && !formFields.some((name) => fieldError(name)) && (
        <div className="state state-error form-error" role="alert">
          {errorText(save.error)}
        </div>
      )}
    </form>
  );
}
