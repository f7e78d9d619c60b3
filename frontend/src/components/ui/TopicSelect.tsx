import { useTranslation } from "react-i18next";
import { useWatchTopics } from "../../api/monitoring";

/** The watch topic picker of filter bars: labelled "Topic", valued by id, empty for any. */
export function TopicSelect({ value, onChange }: { value: string; onChange: (topicId: string) => void }) {
  const { t } = useTranslation();
  const topics = useWatchTopics();
  return (
    <label className="field">
      <span>{t("monitoring.topic")}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("common.any")}</option>
        {topics.data?.results.map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.name}
          </option>
        ))}
      </select>
    </label>
  );
}
