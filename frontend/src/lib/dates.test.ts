import { afterEach, describe, expect, it, vi } from "vitest";
import { localDate, localDateTime, weekEnd } from "./dates";

const pad = (n: number) => String(n).padStart(2, "0");

afterEach(() => vi.useRealTimers());

describe("local dates", () => {
  it("gives the calendar day and time of the local clock, not of UTC", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-20T22:30:00Z"));
    const now = new Date();
    const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    expect(localDate()).toBe(day);
    expect(localDateTime()).toBe(`${day}T${pad(now.getHours())}:${pad(now.getMinutes())}`);
  });

  it("counts days from today across a month's end", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2026, 10, 28, 12, 0));
    expect(localDate(7)).toBe("2026-12-05");
    expect(localDate(-28)).toBe("2026-10-31");
  });
});

describe("weekEnd", () => {
  it("is the Sunday of the Monday-to-Sunday week, across a month's end", () => {
    expect(weekEnd(new Date(2026, 11, 2, 9, 0))).toBe("2026-12-06"); // a Wednesday
    expect(weekEnd(new Date(2026, 10, 30, 0, 5))).toBe("2026-12-06"); // Monday
    expect(weekEnd(new Date(2026, 11, 6, 23, 50))).toBe("2026-12-06"); // Sunday itself
  });
});
