import { describe, expect, it } from "vitest";
import { toggleOrdering } from "./useUrlState";

describe("toggleOrdering", () => {
  it("cycles a column between ascending and descending", () => {
    expect(toggleOrdering(undefined, "display_name")).toBe("display_name");
    expect(toggleOrdering("display_name", "display_name")).toBe("-display_name");
    expect(toggleOrdering("-display_name", "display_name")).toBe("display_name");
  });

  it("starts numeric columns with the biggest first when asked", () => {
    expect(toggleOrdering("display_name", "influence_score", true)).toBe("-influence_score");
  });
});
