// The progress bar of `grounded check` on a terminal: one line on stderr, redrawn at most ten times a second and
// erased at the end. Never shown when stderr is not a terminal, in CI, or with --quiet.

export interface ProgressOptions {
  env: NodeJS.ProcessEnv;
  stderrIsTTY: boolean;
  quiet: boolean;
  /** Terminal width (default 80). */
  columns?: number;
}

/** Whether a progress bar should be shown. */
export function wantsProgress(o: ProgressOptions): boolean {
  if (!o.stderrIsTTY || o.quiet) return false;
  const ci = o.env.CI;
  return ci === undefined || ci === '' || ci === '0' || ci.toLowerCase() === 'false';
}

/** The bar's text for `done` of `total` drafts (without the leading carriage return). */
export function progressLine(done: number, total: number, columns = 80): string {
  const label = ` ${done}/${total} drafts`;
  const width = Math.max(10, Math.min(40, columns - label.length - 12));
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `grounded [${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${label}`;
}

export class Progress {
  private last = -Infinity;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly total: number,
    private readonly columns = 80,
    private readonly now: () => number = () => Date.now(),
  ) {}

  update(done: number): void {
    const t = this.now();
    if (done < this.total && t - this.last < 100) return;
    this.last = t;
    this.shown = true;
    this.write(`\r${progressLine(done, this.total, this.columns)}\x1b[K`);
  }

  /** Erases the bar (before the report is printed). */
  done(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}
