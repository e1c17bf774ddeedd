// A memo of word forms that a pass over a whole set of sources can swap for a table of its own. Checks keep asking
// for the same few thousand words, so the shared table pays; an index build meets every distinct word of the
// sources once, and keeping those in the shared table only holds memory (54,000 forms, 7.3 MB of live heap for 10
// MB of sources in the bench's memory scenario). The table is cleared when it grows past its limit.
export class PassMemo<V> {
  private table = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** How many entries the shared table holds (outside a pass) or the pass's table (inside one). */
  get size(): number {
    return this.table.size;
  }

  get(key: string): V | undefined {
    return this.table.get(key);
  }

  set(key: string, value: V): void {
    if (this.table.size >= this.limit) this.table.clear();
    this.table.set(key, value);
  }

  /** Runs `pass` with a table of its own (`table`, a pass's table to go on with, or a new one), dropped after it
   *  unless `keep` takes it; the shared table is back afterwards. */
  during<T>(pass: () => T, table: Map<string, V> = new Map(), keep?: (table: Map<string, V>) => void): T {
    const shared = this.table;
    this.table = table;
    try {
      return pass();
    } finally {
      keep?.(this.table); // (set clears the table it fills when it grows past the limit, in place)
      this.table = shared;
    }
  }
}
