import type { Position, Range, Span } from './types';

/** Converts UTF-16 offsets to LSP positions and back. Line breaks are \n, \r\n and \r, as LSP defines them. */
export class LineMap {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    // Without a \r, the line breaks are the \n that indexOf finds (much faster than reading every character).
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    let lineEnd = next;
    while (lineEnd > start && (this.text.charCodeAt(lineEnd - 1) === 10 || this.text.charCodeAt(lineEnd - 1) === 13)) lineEnd--;
    return Math.min(start + Math.max(0, position.character), lineEnd);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
