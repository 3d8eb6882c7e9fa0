/**
 * One self-overwriting line on stderr: "[#####     ] 12/40 clippings/b.txt". Anything else
 * written to the terminal first clears it, so warnings and streamed output never end up
 * glued to a half-drawn bar.
 */
export class Progress {
  private shown = false;

  constructor(
    private readonly stderr: NodeJS.WritableStream & { columns?: number },
    private readonly total: number,
  ) {}

  draw(done: number, name: string): void {
    const bar = 20;
    const filled = Math.round((done / this.total) * bar);
    const head = `[${'#'.repeat(filled)}${' '.repeat(bar - filled)}] ${done}/${this.total} `;
    const room = Math.max(0, (this.stderr.columns || 80) - head.length - 1);
    const tail = name.length > room ? '…' + name.slice(name.length - room + 1) : name;
    this.stderr.write(`\r\x1b[K${head}${room > 0 ? tail : ''}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}
