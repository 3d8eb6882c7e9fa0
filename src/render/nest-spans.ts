/** A span over text to be wrapped in one element, e.g. one evidence quote of one claim. */
export interface Span<T> {
  start: number;
  end: number;
  data: T;
}

/** One element in the tree: a span or a piece of one, and the pieces nested inside it. */
export interface SpanNode<T> {
  start: number;
  end: number;
  data: T;
  /** 0 for the first piece of a span; 1, 2… for pieces split off at an overlap. */
  part: number;
  children: Array<SpanNode<T>>;
}

interface Piece<T> {
  start: number;
  end: number;
  data: T;
  part: number;
  order: number;
}

/**
 * Turns possibly overlapping spans into a properly nested tree, as HTML elements must be.
 * A span inside another nests in it; a span that crosses another's end is split there, so
 * every span is still fully covered (by one piece, or by several when it overlaps partially).
 * Empty spans are dropped.
 */
export function nestSpans<T>(spans: Array<Span<T>>): Array<SpanNode<T>> {
  const pieces = spans
    .map((s, order) => ({ start: s.start, end: s.end, data: s.data, part: 0, order }))
    .filter((p) => p.end > p.start);
  return build(pieces);
}

function byPosition<T>(a: Piece<T>, b: Piece<T>): number {
  return a.start - b.start || b.end - a.end || a.order - b.order || a.part - b.part;
}

function build<T>(input: Array<Piece<T>>): Array<SpanNode<T>> {
  const queue = [...input].sort(byPosition);
  const out: Array<SpanNode<T>> = [];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    const inside: Array<Piece<T>> = [];
    const rest: Array<Piece<T>> = [];
    for (const p of queue) {
      if (p.start >= parent.end) rest.push(p);
      else if (p.end <= parent.end) inside.push(p);
      else {
        // Crosses the parent's end: the head nests inside, the tail waits its turn.
        inside.push({ ...p, end: parent.end });
        rest.push({ ...p, start: parent.end, part: p.part + 1 });
      }
    }
    out.push({ start: parent.start, end: parent.end, data: parent.data, part: parent.part, children: build(inside) });
    queue.splice(0, queue.length, ...rest.sort(byPosition));
  }
  return out;
}
