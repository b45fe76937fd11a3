/**
 * A progress bar on stderr when it is a terminal, silent when piped or redirected, so that
 * `recoupe analyze … > out.jsonl` carries only data.
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started = Date.now();
  private readonly enabled: boolean;

  constructor(private total: number, private readonly label: string, enabled = Boolean(process.stderr.isTTY)) {
    this.enabled = enabled && total > 1;
  }

  tick(note = ''): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 80 && this.done < this.total) return;
    this.lastDraw = now;
    const width = 28;
    const ratio = this.total ? Math.min(1, this.done / this.total) : 0;
    const bar = '█'.repeat(Math.round(ratio * width)).padEnd(width, '░');
    const rate = this.done / Math.max(0.001, (now - this.started) / 1000);
    const eta = rate > 0 ? Math.max(0, (this.total - this.done) / rate) : 0;
    const line = `${this.label} ${bar} ${this.done}/${this.total} ${rate.toFixed(0)}/s eta ${eta.toFixed(0)}s ${note}`;
    process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 100) - 1).padEnd(Math.min(100, (process.stderr.columns || 100) - 1))}`);
  }

  finish(): void {
    if (this.enabled) process.stderr.write('\r\x1b[2K');
  }
}

/** A progress bar whose total is learned when the run has planned its inputs. */
export function progressSink(label: string): { start(total: number): void; tick(): void; finish(): void } {
  let bar: Progress | null = null;
  return {
    start: (total) => { bar = new Progress(total, label); },
    tick: () => bar?.tick(),
    finish: () => bar?.finish(),
  };
}
