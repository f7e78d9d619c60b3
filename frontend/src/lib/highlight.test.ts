import { describe, expect, it } from "vitest";
import { highlight, highlightRanges, stem } from "./highlight";

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .filter((s) => s.hit)
    .map((s) => s.text);

describe("stem", () => {
  it("drops Russian endings but keeps a stem of two letters", () => {
    expect(stem("Отопление")).toBe("отоплен");
    expect(stem("яма")).toBe("ям");
    expect(stem("горячая")).toBe("горяч");
    expect(stem("нет")).toBe("нет");
    expect(stem("ёлка")).toBe("елк");
  });
});

describe("highlight", () => {
  it("marks a keyword in other case forms and in hashtags", () => {
    expect(marked("Третий день без отопления, #отопление где?", ["отопление"])).toEqual([
      "отопления",
      "отопление",
    ]);
  });

  it("marks every form of a short word, not longer unrelated words", () => {
    expect(marked("Ямы на Ленина, ямами весь двор, яминский проезд", ["яма"])).toEqual(["Ямы", "ямами"]);
  });

  it("marks a phrase's words only when the whole phrase is there", () => {
    expect(marked("Воды нет с утра, горячей тоже", ["нет горячей воды"])).toEqual(["Воды", "нет", "горячей"]);
    expect(marked("Горячей воды хватает", ["нет горячей воды"])).toEqual([]);
  });

  it("reads ё as е and ignores case", () => {
    expect(marked("ЁЛКУ поставили", ["елка"])).toEqual(["ЁЛКУ"]);
  });

  it("keeps the text whole and merges overlapping marks", () => {
    const text = "Мусор не вывозят: мусорка полна";
    const segments = highlight(text, ["мусор", "мусор не вывозят"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(highlightRanges(text, ["мусор", "мусор"])).toEqual([
      [0, 5],
      [18, 25],
    ]);
  });

  it("gives the text as one plain piece when nothing matches", () => {
    expect(highlight("Спасибо за праздник", ["отопление"])).toEqual([{ text: "Спасибо за праздник", hit: false }]);
    expect(highlight("", ["отопление"])).toEqual([]);
  });
});
