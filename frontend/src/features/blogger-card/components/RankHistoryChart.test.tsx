import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RankHistoryChart } from "./RankHistoryChart";

const dates = () =>
  [...screen.getByTestId("rank-history-chart").querySelectorAll("text")]
    .map((node) => node.textContent ?? "")
    .filter((text) => text.includes("."));

describe("rank history chart", () => {
  it("prints the one date of a single run once", () => {
    render(<RankHistoryChart points={[{ date: "2026-12-02T03:00:00Z", score: 40, rank: 12 }]} />);
    expect(dates()).toEqual(["02.12.2026"]);
  });

  it("prints the first and the last date of several runs", () => {
    render(
      <RankHistoryChart
        points={[
          { date: "2026-11-04T03:00:00Z", score: 30, rank: 20 },
          { date: "2026-11-11T03:00:00Z", score: 35, rank: 15 },
          { date: "2026-12-02T03:00:00Z", score: 40, rank: 12 },
        ]}
      />,
    );
    expect(dates()).toEqual(["04.11.2026", "02.12.2026"]);
  });
});
