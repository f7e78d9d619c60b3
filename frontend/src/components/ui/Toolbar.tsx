import type { ReactNode } from "react";

/** A screen's title row: the heading, then the screen's actions (buttons, links, a summary) on the right. */
export function Toolbar({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="toolbar">
      <h1>{title}</h1>
      <span className="spacer" />
      {children}
    </div>
  );
}
