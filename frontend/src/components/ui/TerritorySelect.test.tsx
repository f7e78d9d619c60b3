import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mockApi, renderWithClient } from "../../test/utils";
import { TerritorySelect } from "./TerritorySelect";

afterEach(() => vi.unstubAllGlobals());

const territories = {
  body: {
    count: 2,
    next: null,
    previous: null,
    results: [
      { id: 3, name: "Заречный район", kind: "municipal_district" },
      { id: 5, name: "Центральный район", kind: "municipal_district" },
    ],
  },
};

describe("TerritorySelect", () => {
  it("offers every territory by name under one label and reports the chosen id", async () => {
    const calls = mockApi({ "GET /api/v1/territories/": territories });
    const onChange = vi.fn();
    renderWithClient(<TerritorySelect value="" onChange={onChange} />);
    const select = screen.getByRole("combobox", { name: "Территория" });
    await screen.findByRole("option", { name: "Центральный район" });
    expect([...select.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "Все",
      "Заречный район",
      "Центральный район",
    ]);
    await userEvent.selectOptions(select, "Центральный район");
    expect(onChange).toHaveBeenCalledWith("5");
    expect(calls[0]!.url.searchParams.get("ordering")).toBe("name");
  });

  it("names the empty choice as a form asks", async () => {
    mockApi({ "GET /api/v1/territories/": territories });
    renderWithClient(<TerritorySelect value="3" emptyLabel="—" onChange={() => {}} />);
    await screen.findByRole("option", { name: "Заречный район" });
    expect(screen.getByRole("option", { name: "—" })).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "Территория" })).toHaveValue("3");
  });
});
