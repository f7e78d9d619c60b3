import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithClient } from "../../../test/utils";
import { Explanation } from "./Explanation";

const account = (id: number, name: string) => ({ id, display_name: name, screen_name: "", external_id: String(id) });

describe("coordination warning", () => {
  it("warns on the blogger card with the points the coordinated group cost", () => {
    const score = {
      account: account(9, "Иван"), score: 10, rank: 1900, percentile: 60, pagerank: 0, hub: 0, authority: 0,
      followers: 100, engagement: 0, kcore: 1, components: {}, community: 0, previous_rank: null, rank_delta: null,
      score_delta: null, inauthenticity: 0, signals: [], coordination_group: null,
      coordination: { points: -12.4, share: 0.4, group: 0, group_size: 17 }, mark: null,
    };
    const data = {
      run: { id: 7 }, blogger_score: { score: 10, rank: 40 }, community: null, accounts: [{ score, contributors: [] }],
    } as unknown as Parameters<typeof Explanation>[0]["data"];
    renderWithClient(<Explanation data={data} />);
    expect(screen.getByTestId("coordination-warning")).toHaveTextContent(
      "−12: 40 % усилений — из согласованной группы из 17 аккаунтов",
    );
  });
});
