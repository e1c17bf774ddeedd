// A table from words to integers, looked up by a range of characters of a text rather than by a string: a pass over
// every word of a set of sources (building their index) asks once per token, and a Map keyed by the token's string
// needs a new string per token, its hash worked out by V8 and a walk of the Map's scattered entries (that lookup
// was 23% of the CPU samples of indexing 1 MB of plain text warm, .scratch/warmprof.ts). Here the characters are hashed where they stand and a lookup reads
// one slot (hash, length, value and where the characters are, side by side) and the key's characters, copied into
// one pool. Open addressing with linear probing, at most half full.
const SLOT = 4; // ints a slot: hash, length, start of the characters in `chars` + 1 (0: empty), value
export class WordTable {
  /** SLOT ints per slot; the number of slots is a power of two. */
  private slots = new Int32Array(SLOT << 12);
  private chars = new Uint16Array(1 << 14);
  private charsUsed = 0;
  size = 0;

  /** The value of text[from .. to), or undefined when it was never added. */
  get(text: string, from: number, to: number): number | undefined {
    const h = hashOf(text, from, to);
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const n = to - from;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s << 2;
      const start = slots[at + 2] - 1;
      if (start < 0) return undefined;
      if (slots[at] === h && slots[at + 1] === n && this.sameChars(start, text, from, n)) return slots[at + 3];
    }
  }

  /** Adds text[from .. to) (not in the table yet) with `value`. */
  add(text: string, from: number, to: number, value: number): void {
    const n = to - from;
    if (this.charsUsed + n > this.chars.length) {
      const bigger = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + n));
      bigger.set(this.chars);
      this.chars = bigger;
    }
    const start = this.charsUsed;
    for (let i = 0; i < n; i++) this.chars[start + i] = text.charCodeAt(from + i);
    this.charsUsed += n;
    this.size++;
    if (this.size * 2 > this.slots.length >> 2) this.rehash();
    this.place(this.slots, hashOf(text, from, to), n, start, value);
  }

  private sameChars(start: number, text: string, from: number, n: number): boolean {
    const chars = this.chars;
    for (let i = 0; i < n; i++) if (chars[start + i] !== text.charCodeAt(from + i)) return false;
    return true;
  }

  private place(slots: Int32Array, h: number, n: number, start: number, value: number): void {
    const mask = (slots.length >> 2) - 1;
    let s = h & mask;
    while (slots[(s << 2) + 2] !== 0) s = (s + 1) & mask;
    const at = s << 2;
    slots[at] = h;
    slots[at + 1] = n;
    slots[at + 2] = start + 1;
    slots[at + 3] = value;
  }

  /** Twice the slots, the entries placed again. */
  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT) if (old[at + 2] !== 0) this.place(slots, old[at], old[at + 1], old[at + 2] - 1, old[at + 3]);
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units of text[from .. to). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
