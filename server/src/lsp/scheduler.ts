// Per-document debounce: a check runs `delay` ms after the last request for it; a newer request replaces a
// pending one (so typing re-checks once, after the pause). `generation` tells a running (async) check whether it
// has been superseded meanwhile.
export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly run: (uri: string, generation: number) => void) {}

  /** Runs the check of `uri` after `delayMs`, replacing any pending one. */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const generation = this.bump(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.run(uri, generation);
    }, Math.max(0, delayMs));
    this.timers.set(uri, timer);
  }

  /** Drops the pending check of `uri`, if any. Returns whether there was one. */
  cancel(uri: string): boolean {
    const t = this.timers.get(uri);
    if (t === undefined) return false;
    clearTimeout(t);
    this.timers.delete(uri);
    return true;
  }

  isPending(uri: string): boolean {
    return this.timers.has(uri);
  }

  /** The number of the latest schedule() of `uri`; a check started for an older one has been superseded. */
  generation(uri: string): number {
    return this.generations.get(uri) ?? 0;
  }

  /** Marks a new generation without scheduling (a synchronous check ran, superseding pending async ones). */
  bump(uri: string): number {
    const g = this.generation(uri) + 1;
    this.generations.set(uri, g);
    return g;
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.generations.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
