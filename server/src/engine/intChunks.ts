// An append-only list of 32-bit integers kept in fixed-size chunks, for the large lists an index is built from
// (postings, stems, the quotation word stream), copied into one array of the exact size when complete.
//
// Memory: a list grown by doubling frees a copy of itself at each doubling. Large freed buffers raise the C
// allocator's threshold for giving memory back to the system, and later ones leave holes in its heap: building
// the index of 10 MB of sources that way kept some 100 MB more resident than the index holds. Chunks of one small
// size are reused by the next list instead.

/** Values per chunk (64 KB). */
const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

export class IntChunks {
  private readonly chunks: Int32Array[] = [];
  private last: Int32Array = new Int32Array(0);
  private fill = 0;
  length = 0;

  push(v: number): void {
    if (this.fill === this.last.length) {
      this.last = new Int32Array(CHUNK);
      this.chunks.push(this.last);
      this.fill = 0;
    }
    this.last[this.fill++] = v;
    this.length++;
  }

  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS][i & MASK];
  }

  /** The values in one array of 16-bit integers of the list's length (the values all fit in 16 bits). */
  toUint16Array(): Uint16Array<ArrayBuffer> {
    const out = new Uint16Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      const n = Math.min(CHUNK, this.length - at);
      out.set(n === CHUNK ? c : c.subarray(0, n), at); // (converted value by value)
      at += n;
    }
    return out;
  }

  /** The values in one array of the list's length. */
  toArray(): Int32Array<ArrayBuffer> {
    const out = new Int32Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      const n = Math.min(CHUNK, this.length - at);
      out.set(n === CHUNK ? c : c.subarray(0, n), at);
      at += n;
    }
    return out;
  }
}
