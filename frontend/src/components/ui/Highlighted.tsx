import { highlight } from "../../lib/highlight";

/** A post's text with the words of `terms` marked (<mark>), line breaks kept. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <span className="post-text">
      {highlight(text, terms).map((segment, i) =>
        segment.hit ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </span>
  );
}
