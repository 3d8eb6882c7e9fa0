import { graphemes, graphemeWidth } from './width.js';

/** Applies colour or emphasis; identity when colour is off. */
export type Style = (text: string) => string;

interface StyleRange {
  start: number;
  end: number;
  style: Style;
}

/**
 * Plain text held as grapheme clusters with styled ranges over them. Layout (wrapping,
 * cropping) works on the plain text; escapes are added per printed line, so a style that
 * spans a line break is closed and reopened and never bleeds into the next column.
 */
export class StyledText {
  readonly chars: string[];
  readonly widths: number[];
  private readonly ranges: StyleRange[] = [];

  constructor(text: string | string[], base?: Style) {
    this.chars = typeof text === 'string' ? graphemes(text) : text;
    this.widths = this.chars.map(graphemeWidth);
    if (base) this.style(0, this.chars.length, base);
  }

  get width(): number {
    return this.widths.reduce((a, b) => a + b, 0);
  }

  /** Styles graphemes [start, end); later styles wrap earlier ones. */
  style(start: number, end: number, style: Style): this {
    if (end > start) this.ranges.push({ start, end, style });
    return this;
  }

  /** Index of the first grapheme of `needle` (case-insensitive), or -1. */
  find(needle: string): number {
    const target = graphemes(needle.toLowerCase());
    if (target.length === 0) return -1;
    const hay = this.chars.map((c) => c.toLowerCase());
    outer: for (let i = 0; i + target.length <= hay.length; i++) {
      for (let j = 0; j < target.length; j++) if (hay[i + j] !== target[j]) continue outer;
      return i;
    }
    return -1;
  }

  /** A new StyledText over graphemes [start, end), styles carried over. */
  slice(start: number, end: number): StyledText {
    const out = new StyledText(this.chars.slice(start, end));
    for (const r of this.ranges) {
      const s = Math.max(r.start, start);
      const e = Math.min(r.end, end);
      if (e > s) out.style(s - start, e - start, r.style);
    }
    return out;
  }

  /** Appends text with its own style. */
  append(text: string, style?: Style): this {
    const added = graphemes(text);
    const start = this.chars.length;
    this.chars.push(...added);
    this.widths.push(...added.map(graphemeWidth));
    if (style) this.style(start, this.chars.length, style);
    return this;
  }

  /** Renders graphemes [start, end) with escapes, one run per stretch of equal styling. */
  render(start = 0, end = this.chars.length): string {
    const cuts = new Set([start, end]);
    for (const r of this.ranges) {
      if (r.start > start && r.start < end) cuts.add(r.start);
      if (r.end > start && r.end < end) cuts.add(r.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    let out = '';
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      let run = this.chars.slice(a, b).join('');
      for (const r of this.ranges) if (r.start <= a && r.end >= b) run = r.style(run);
      out += run;
    }
    return out;
  }

  /**
   * Word-wraps into lines of at most `width` cells. With `maxLines`, the last line is cut
   * and ends in "…" when text remains. Returns rendered lines.
   */
  wrap(width: number, maxLines = Infinity): string[] {
    const spans = this.wrapSpans(width);
    if (spans.length <= maxLines) return spans.map(([a, b]) => this.render(a, b));
    const kept = spans.slice(0, maxLines);
    const [lastStart] = kept[kept.length - 1]!;
    const lines = kept.slice(0, -1).map(([a, b]) => this.render(a, b));
    lines.push(this.cut(lastStart, width));
    return lines;
  }

  /** From `start`, as many whole words as fit in `width` cells including a closing "…". */
  cut(start: number, width: number): string {
    let used = 0;
    let end = start;
    while (end < this.chars.length && used + this.widths[end]! <= width - 1) used += this.widths[end++]!;
    // Back to the end of the last whole word (one word longer than the line is still cut).
    if (end < this.chars.length && this.chars[end] !== ' ') {
      const space = this.chars.lastIndexOf(' ', end - 1);
      if (space > start) end = space;
    }
    while (end > start && this.chars[end - 1] === ' ') end--;
    return this.render(start, end) + '…';
  }

  /** Greedy word wrap: [start, end) grapheme spans, trailing spaces dropped. */
  wrapSpans(width: number): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    const n = this.chars.length;
    let i = 0;
    while (i < n) {
      while (i < n && this.chars[i] === ' ') i++;
      if (i >= n) break;
      let used = 0;
      let j = i;
      let lastSpace = -1;
      while (j < n && used + this.widths[j]! <= width) {
        if (this.chars[j] === ' ') lastSpace = j;
        used += this.widths[j]!;
        j++;
      }
      let end = j;
      if (j < n && this.chars[j] !== ' ' && lastSpace > i) end = lastSpace;
      // A grapheme wider than the whole column still has to go somewhere.
      if (end === i) end = i + 1;
      let trimmed = end;
      while (trimmed > i && this.chars[trimmed - 1] === ' ') trimmed--;
      spans.push([i, trimmed]);
      i = end;
    }
    return spans;
  }
}
