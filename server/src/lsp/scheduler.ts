// Per-document debounce: a check runs `delay` ms after the last request for it; a newer request replaces a
// pending one (so typing re-checks once, after the pause). `generation` tells a running (async) check whether it
// has been superseded meanwhile. A delay of 0 runs the check on the event loop's next turn (setImmediate), not
// after a timer: Node clamps a 0 ms timeout to 1 ms, which a debounce of 0 would otherwise add to every check.

/** A pending check: a timer, or an immediate for a delay of 0. */
type Pending = { timer: NodeJS.Timeout } | { immediate: NodeJS.Immediate };

export class Scheduler {
  private readonly timers = new Map<string, Pending>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly run: (uri: string, generation: number) => void) {}

  /** Runs the check of `uri` after `delayMs`, replacing any pending one. */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const generation = this.bump(uri);
    const fire = () => {
      this.timers.delete(uri);
      this.run(uri, generation);
    };
    this.timers.set(uri, delayMs > 0 ? { timer: setTimeout(fire, delayMs) } : { immediate: setImmediate(fire) });
  }

  /** Drops the pending check of `uri`, if any. Returns whether there was one. */
  cancel(uri: string): boolean {
    const t = this.timers.get(uri);
    if (t === undefined) return false;
    clear(t);
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
    for (const t of this.timers.values()) clear(t);
    this.timers.clear();
  }
}

function clear(p: Pending): void {
  if ('timer' in p) clearTimeout(p.timer);
  else clearImmediate(p.immediate);
}
