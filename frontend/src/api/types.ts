import type { components } from "./schema";

/** Shorthand for a schema component: Schema<"Blogger">. */
export type Schema<K extends keyof components["schemas"]> = components["schemas"][K];
