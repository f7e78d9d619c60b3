import type { components } from "./schema";

/** Shorthand for a schema component: Schema<"Blogger">. */
export type Schema<K extends keyof components["schemas"]> = components["schemas"][K];

/**
 * A page of records read without ?brief=1. The schema gives resource lists and
 * records as "full or brief" (`…OrBrief`); the interface never asks for the
 * brief form, so its queries read the full one: `unwrap(…) as Page<Schema<"Blogger">>`.
 */
export type Page<T> = { count: number; next?: string | null; previous?: string | null; results: T[] };
