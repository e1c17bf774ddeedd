// Memory at rest. Checks leave their garbage in V8's old space until a collection, and V8's own memory reducer
// runs only 8 to 15 s after the allocation stops (measured with the bench's memory scenario: 261 MB resident for
// 8 s after the 20th draft's diagnostics, then 218 MB). So when the server has been idle for a while after checks
// that grew the heap, it runs one full collection itself, and its resident memory drops when the writer pauses
// rather than a quarter of a minute later. Typing does not trigger it: every check restarts the wait.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How long the server waits after its last check before collecting. */
export const IDLE_COLLECT_MS = 2000;
/** Collect only when the heap has grown by this much since the last collection (small edits do not pay for one). */
export const IDLE_COLLECT_GROWTH = 16 * 1024 * 1024;

/**
 * V8's full collection, made callable without `--expose-gc` on the command line (which every editor would have to
 * pass), and compacting: a plain collection frees the garbage but keeps the half-empty pages it leaves, so the
 * heap's committed size hardly falls (in-process, 10 MB of sources and 20 drafts: 102 MB live in 222 MB committed
 * after a plain collection, in 137 MB after a compacting one). Undefined where the runtime refuses.
 */
export function fullCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc !== 'function') return undefined;
    return () => {
      setFlagsFromString('--compact-on-every-full-gc');
      try {
        (gc as () => void)();
      } finally {
        setFlagsFromString('--no-compact-on-every-full-gc');
      }
    };
  } catch {
    return undefined;
  }
}

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private usedAfterLast = getHeapStatistics().used_heap_size;
  /** Collections run so far (for the log and tests). */
  collections = 0;

  constructor(
    private readonly collect: (() => void) | undefined,
    private readonly idleMs = IDLE_COLLECT_MS,
    private readonly growth = IDLE_COLLECT_GROWTH,
    private readonly onCollect?: (beforeBytes: number, afterBytes: number, ms: number) => void,
  ) {}

  /** A check has run: collect if no other one follows within the idle time. */
  touch(): void {
    if (!this.collect) return;
    if (this.timer) {
      this.timer.refresh();
      return;
    }
    this.timer = setTimeout(() => this.run(), this.idleMs);
    this.timer.unref(); // never keeps the process alive
  }

  private run(): void {
    this.timer = undefined;
    const before = getHeapStatistics().used_heap_size;
    // The used heap can also shrink between checks (V8 collects on its own), so a growth of 0 means "always".
    if (!this.collect || (this.growth > 0 && before - this.usedAfterLast < this.growth)) return;
    const t0 = performance.now();
    this.collect();
    this.usedAfterLast = getHeapStatistics().used_heap_size;
    this.collections++;
    this.onCollect?.(before, this.usedAfterLast, performance.now() - t0);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
