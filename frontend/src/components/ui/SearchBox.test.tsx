import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { SearchBox } from "./SearchBox";

function Screen({ onSubmit, suggestions }: { onSubmit: (text: string) => void; suggestions?: string[] }) {
  const [text, setText] = useState("");
  return (
    <SearchBox
      label="Поиск"
      submitLabel="Найти"
      value={text}
      onChange={setText}
      onSubmit={() => onSubmit(text)}
      submitDisabled={text === "нельзя"}
      suggestions={suggestions}
    >
      <label>
        Этап
        <select defaultValue="" aria-label="Этап">
          <option value="">Все</option>
        </select>
      </label>
    </SearchBox>
  );
}

describe("SearchBox", () => {
  it("submits what was typed, by the button or by Enter, next to the screen's filters", async () => {
    const onSubmit = vi.fn();
    render(<Screen onSubmit={onSubmit} />);
    const bar = screen.getByRole("search");
    expect(bar).toContainElement(screen.getByRole("combobox", { name: "Этап" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Поиск" }), "марина");
    await userEvent.click(screen.getByRole("button", { name: "Найти" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Поиск" }), " 2{Enter}");
    expect(onSubmit.mock.calls).toEqual([["марина"], ["марина 2"]]);
  });

  it("can refuse to submit and offers suggestions as the field's autocomplete list", async () => {
    render(<Screen onSubmit={() => {}} suggestions={["Новости Заречья", "Новости Заречья"]} />);
    const input = screen.getByRole("combobox", { name: "Поиск" });
    const list = document.getElementById(input.getAttribute("list")!)!;
    expect([...list.querySelectorAll("option")].map((o) => o.value)).toEqual(["Новости Заречья", "Новости Заречья"]);
    await userEvent.type(input, "нельзя");
    expect(screen.getByRole("button", { name: "Найти" })).toBeDisabled();
  });
});
