import { describe, expect, it } from "vitest";
import { countdown, followUpDue, formatCountdown, runningDeadline } from "./countdown";

const NOW = Date.UTC(2026, 0, 5, 12, 0, 0);
const MIN = 60_000;
const units = { d: "д", h: "ч", m: "мин" };

describe("countdown", () => {
  it("counts whole minutes left before a deadline", () => {
    expect(countdown(NOW + (2 * 60 + 5) * MIN + 30_000, NOW)).toEqual({ overdue: false, days: 0, hours: 2, minutes: 5 });
  });

  it("is overdue from the deadline's minute on and counts the time past it", () => {
    expect(countdown(NOW, NOW)?.overdue).toBe(true);
    expect(countdown(NOW - 1000, NOW)).toEqual({ overdue: true, days: 0, hours: 0, minutes: 1 });
    expect(countdown(new Date(NOW - (26 * 60 + 3) * MIN).toISOString(), NOW)).toEqual({
      overdue: true,
      days: 1,
      hours: 2,
      minutes: 3,
    });
  });

  it("gives null for no date", () => {
    expect(countdown("soon", NOW)).toBeNull();
  });
});

describe("formatCountdown", () => {
  it("shows the two largest units", () => {
    expect(formatCountdown({ overdue: false, days: 2, hours: 3, minutes: 59 }, units)).toBe("2 д 3 ч");
    expect(formatCountdown({ overdue: false, days: 0, hours: 3, minutes: 5 }, units)).toBe("3 ч 05 мин");
    expect(formatCountdown({ overdue: true, days: 0, hours: 0, minutes: 12 }, units)).toBe("12 мин");
  });
});

describe("runningDeadline", () => {
  const base = {
    is_open: true,
    first_response_due: "2026-01-05T13:00:00Z",
    first_response_at: null,
    resolution_due: "2026-01-14T18:00:00Z",
    resolved_at: null,
  };

  it("runs the first-response timer until there is a response, then the resolution one", () => {
    expect(runningDeadline(base)).toEqual({ kind: "first_response", due: base.first_response_due });
    expect(runningDeadline({ ...base, first_response_at: "2026-01-05T12:30:00Z" })).toEqual({
      kind: "resolution",
      due: base.resolution_due,
    });
  });

  it("stops every timer once resolved or closed", () => {
    expect(
      runningDeadline({ ...base, first_response_at: "2026-01-05T12:30:00Z", resolved_at: "2026-01-06T10:00:00Z" }),
    ).toBeNull();
    expect(runningDeadline({ ...base, is_open: false })).toBeNull();
  });
});

describe("followUpDue", () => {
  // Local times, so the test holds in any time zone.
  const now = new Date(2026, 0, 5, 10, 0);
  const at = (day: number, hour: number) => new Date(2026, 0, day, hour, 0).toISOString();
  const incident = (first_response_due: string | null, extra = {}) => ({
    is_open: true,
    first_response_due,
    first_response_at: null,
    resolution_due: at(14, 18),
    resolved_at: null,
    ...extra,
  });

  it("is the day of the running first-response deadline", () => {
    expect(followUpDue(incident(at(5, 13)), now)).toBe("2026-01-05");
    expect(followUpDue(incident(at(7, 9)), now)).toBe("2026-01-07");
    // Passed earlier today: still today.
    expect(followUpDue(incident(at(5, 9)), now)).toBe("2026-01-05");
  });

  it("is tomorrow when that deadline's day is past, it is answered or there is none", () => {
    expect(followUpDue(incident(at(2, 12)), now)).toBe("2026-01-06");
    expect(followUpDue(incident(at(7, 9), { first_response_at: at(5, 9) }), now)).toBe("2026-01-06");
    expect(followUpDue(incident(null), now)).toBe("2026-01-06");
    expect(followUpDue(incident(at(7, 9), { is_open: false }), now)).toBe("2026-01-06");
  });
});
