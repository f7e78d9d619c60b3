/** Choice values of the CRM (crm/models.py); their words live in the i18n files. */
export const STAGES = ["new", "contacted", "engaged", "partner", "paused", "declined"] as const;
export const STANCES = ["supportive", "neutral", "critical", "unknown"] as const;
export const TIERS = ["a", "b", "c"] as const;
export const PLATFORMS = ["vk", "telegram", "ok", "dzen", "youtube", "rutube", "other"] as const;
export const INTERACTION_TYPES = [
  "meeting",
  "call",
  "message",
  "email",
  "event_invitation",
  "press_tour",
  "content_request",
  "complaint",
  "other",
] as const;
export const PARTICIPANT_STATUSES = ["invited", "agreed", "published", "declined"] as const;
