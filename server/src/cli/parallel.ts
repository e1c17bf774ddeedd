// Checking many drafts: the engine part of `grounded check`, run in the main thread or in a pool of worker
// threads. Drafts are sent in batches of drafts sharing one source set; each worker builds the index of a source
// set the first time it sees it and keeps it for the next batches. Measured on 50,000 words of sources: building
// the index takes 626 ms; building it once in the main thread and sending its analysed sentences would cost
// 58 ms to serialise and 117 ms to deserialise per worker (5.6 MB), plus rebuilding the lookups, but the workers
// could start only after the main thread's 626 ms, whereas they index at the same time as one another. So each
// worker indexes for itself: the run ends sooner. Results are keyed by draft, so the report is the same whatever
// the number of threads and the order batches finish in.
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkDraft, indexSources, type DocumentKind, type Finding, type RuleId, type RuleSetting, type SourceDoc, type SourceIndex } from '../engine';
import type { ReportFinding } from './report';

export interface DraftTask {
  /** Position of the draft in the run (the key of its result). */
  id: number;
  text: string;
  kind: DocumentKind;
}

export interface Batch {
  /** The source set: its key (the joined source paths) and documents. */
  sourceKey: string;
  docs: SourceDoc[];
  drafts: DraftTask[];
}

export interface CheckSettings {
  rules: Partial<Record<RuleId, RuleSetting>>;
  quiet: boolean;
}

export type DraftOutcome =
  | { id: number; findings: ReportFinding[]; sentences: { total: number; supported: number } }
  | { id: number; error: string };

/** Index cache of one thread: the source sets of the run, built once each. */
export class IndexCache {
  private readonly indexes = new Map<string, SourceIndex>();

  constructor(private readonly max = 64) {}

  get(key: string, docs: SourceDoc[]): SourceIndex {
    let index = this.indexes.get(key);
    if (!index) {
      index = indexSources(docs);
      if (this.indexes.size >= this.max) this.indexes.delete(this.indexes.keys().next().value!);
      this.indexes.set(key, index);
    }
    return index;
  }
}

/** Checks the drafts of one batch (in whatever thread this runs). */
export function checkBatch(batch: Batch, settings: CheckSettings, cache: IndexCache): DraftOutcome[] {
  const out: DraftOutcome[] = [];
  let index: SourceIndex | undefined;
  for (const d of batch.drafts) {
    try {
      index ??= cache.get(batch.sourceKey, batch.docs);
      const result = checkDraft(d.text, index, { kind: d.kind, rules: settings.rules });
      out.push({
        id: d.id,
        findings: result.findings
          .map(toReportFinding)
          .filter(f => !settings.quiet || f.severity === 'error'),
        sentences: { total: result.sentences.length, supported: result.sentences.filter(s => s.supported).length },
      });
    } catch (e) {
      out.push({ id: d.id, error: `internal error while checking: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return out;
}

/** An engine finding as the report shows it (the engine has already applied the configured severities). */
function toReportFinding(f: Finding): ReportFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: f.range,
    actual: f.actual,
    ...(f.expected === undefined ? {} : { expected: f.expected }),
    evidence: f.evidence.map(e => ({ source: e.source, quote: e.quote, range: e.range })),
  };
}

/** Cuts the drafts of one source set into batches: a few per thread, so that threads share a large set, and not
 *  tiny ones (each batch is a message both ways). */
export function makeBatches(sourceKey: string, docs: SourceDoc[], drafts: DraftTask[], threads: number): Batch[] {
  const size = Math.max(1, Math.min(64, Math.ceil(drafts.length / (threads * 4))));
  const out: Batch[] = [];
  for (let i = 0; i < drafts.length; i += size) out.push({ sourceKey, docs, drafts: drafts.slice(i, i + size) });
  return out;
}

/**
 * The threads a run of `drafts` drafts (of its shard) checks on when `--jobs` is not given: one per 250 drafts, up
 * to one fewer than the cores. Measured on 2 cores (busy with other work), drafts sharing 50,000 words of sources,
 * medians of 6 runs alternated, one thread -> two: 100 drafts 2.8 -> 4.8 s (CPU 3.2 -> 5.1 s), 300 drafts 5.2 ->
 * 6.3 s (5.1 -> 6.8 s), 1,000 drafts 10.3 -> 13.3 s (10.1 -> 13.3 s), the same report. A thread costs 2-3.5 s of
 * CPU before it checks at full speed (loading the bundle, indexing, reading every source sentence's claims on
 * its first draft, V8 compiling the hot functions again in its isolate) where a draft then takes 6-10 ms; and
 * one thread already keeps 1.2-1.4 cores busy (V8's compiler and garbage collector threads).
 */
export function defaultThreads(drafts: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores - 1, Math.floor(drafts / DRAFTS_PER_THREAD)));
}

const DRAFTS_PER_THREAD = 250;

// ---------------------------------------------------------------------------------------------------------------
// The pool

export const WORKER_MARK = 'grounded-check-worker';

interface WorkerRequest {
  /** `docs` is empty when the worker has been sent this source set before. */
  batch: Batch;
}

/**
 * Worker threads started from `script` (this bundle: dist/cli.js; from source, the .ts file through tsx). They
 * are started as soon as a run knows it has many drafts, so that loading the bundle overlaps with reading and
 * planning the drafts; `run` then hands them batches, each worker holding two so that it never waits for the
 * next one.
 */
export class Pool {
  private readonly workers: Worker[] = [];

  constructor(script: string, settings: CheckSettings, size: number) {
    const execArgv = /\.[cm]?ts$/.test(script) ? ['--import', 'tsx'] : [];
    for (let i = 0; i < size; i++) this.workers.push(new Worker(script, { workerData: { mark: WORKER_MARK, settings }, execArgv }));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Checks the batches; `onDone` hears of every draft checked. */
  run(batches: Batch[], onDone: (outcome: DraftOutcome) => void): Promise<void> {
    const queue = [...batches];
    return new Promise<void>((resolve, reject) => {
      let pending = 0;
      let failed = false;
      const cleanups: Array<() => void> = [];
      const finish = (e?: Error) => {
        if (failed) return;
        if (e) failed = true;
        if (!e && (pending > 0 || queue.length > 0)) return;
        for (const c of cleanups) c();
        if (e) reject(e);
        else resolve();
      };
      for (const worker of this.workers) {
        /** Source sets whose documents this worker has been sent. */
        const known = new Set<string>();
        const send = () => {
          const batch = queue.shift();
          if (!batch) return;
          pending++;
          const request: WorkerRequest = { batch: known.has(batch.sourceKey) ? { ...batch, docs: [] } : batch };
          known.add(batch.sourceKey);
          worker.postMessage(request);
        };
        const onMessage = (outcomes: DraftOutcome[]) => {
          pending--;
          for (const o of outcomes) onDone(o);
          send();
          finish();
        };
        const onError = (e: Error) => finish(e);
        const onExit = (code: number) => finish(new Error(`a worker thread stopped with exit code ${code}`));
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        cleanups.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        });
        send();
        send();
      }
      finish();
    });
  }

  /** Lets the workers finish (each closes its port and ends), or stops them after a second. */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(
        w =>
          new Promise<void>(resolve => {
            const timer = setTimeout(() => void w.terminate().then(() => resolve()), 1000);
            w.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            w.postMessage({ close: true });
          }),
      ),
    );
  }
}

/** The body of a worker thread: checks the batches it is sent and answers with their outcomes. */
export function workerMain(
  port: { on(event: 'message', fn: (m: WorkerRequest | { close: true }) => void): void; postMessage(m: unknown): void; close(): void },
  settings: CheckSettings,
): void {
  const cache = new IndexCache();
  const docsByKey = new Map<string, SourceDoc[]>();
  port.on('message', message => {
    if ('close' in message) {
      port.close();
      return;
    }
    const { batch } = message;
    if (batch.docs.length > 0) docsByKey.set(batch.sourceKey, batch.docs);
    const docs = docsByKey.get(batch.sourceKey) ?? [];
    port.postMessage(checkBatch({ ...batch, docs }, settings, cache));
  });
}
