import { describe, expect, it } from "vitest";
import { severityBand } from "./severity";

describe("severityBand", () => {
  it("bands the 0–100 severity at 20, 40 and 60", () => {
    expect([0, 19.9, 20, 39.9, 40, 59.9, 60, 100].map(severityBand)).toEqual([
      "low",
      "low",
      "medium",
      "medium",
      "high",
      "high",
      "critical",
      "critical",
    ]);
  });
});
