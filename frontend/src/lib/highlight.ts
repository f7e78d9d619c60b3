/**
 * Highlighting the words a watch topic matched in a post's text.
 *
 * The API gives each post's matched keywords as the officer typed them
 * («отопление», «нет горячей воды»); the server matched them as lemmas, in any
 * inflection. Here a cheap stemmer finds their inflected forms again: a text word
 * is a hit when it starts with a keyword word's stem (its Russian ending dropped)
 * and has at most MAX_TAIL letters more («отоплен|ия», «ям|ами»). A phrase's words
 * are marked only when every word of the phrase occurs in the text. Approximate by
 * design: a mark shows the officer where to look; the server decides what matched.
 */

export interface Segment {
  text: string;
  hit: boolean;
}

// Longest first: the first one that leaves a long enough stem is dropped.
const ENDINGS = [
  "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "иях", "ией",
  "ах", "ях", "ам", "ям", "ов", "ев", "ой", "ей", "ый", "ий", "ая", "яя", "ое", "ее",
  "ые", "ие", "ую", "юю", "ом", "ем", "ия", "ью", "ы", "и", "а", "я", "о", "е", "у", "ю", "ь", "й",
];
const MIN_STEM = 2;
const MAX_TAIL = 4;
const WORD = /[\p{L}\p{N}]+/gu;

export function normalise(word: string): string {
  return word.toLowerCase().replaceAll("ё", "е");
}

/** A word without its Russian inflectional ending: «отопление» → «отоплен», «яма» → «ям». */
export function stem(word: string): string {
  const w = normalise(word);
  for (const ending of ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= MIN_STEM) return w.slice(0, -ending.length);
  }
  return w;
}

function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: normalise(m[0]), start: m.index, end: m.index + m[0].length }));
}

function isForm(word: string, stemmed: string): boolean {
  return word.startsWith(stemmed) && word.length - stemmed.length <= MAX_TAIL;
}

/** Character ranges [start, end) of `text` to mark for `terms`, sorted and merged. */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const words = wordsOf(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const stems = [...term.matchAll(WORD)].map((m) => stem(m[0]));
    if (stems.length === 0) continue;
    const hits = stems.map((s) => words.filter((w) => isForm(w.word, s)));
    if (hits.some((h) => h.length === 0)) continue; // a phrase is marked only when whole
    for (const h of hits) for (const w of h) ranges.push([w.start, w.end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** `text` cut into plain and marked pieces (their texts joined give `text` back). */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), hit: false });
  return segments;
}
