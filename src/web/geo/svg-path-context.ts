/**
 * A d3-geo path context that writes SVG path data and leaves out every vertex closer than
 * `tolerance` pixels to the last one written: at a story's zoom, 1:50m coasts have many
 * vertices per pixel, and dropping them cuts the page by about a half with no visible change.
 */
export class SvgPathContext {
  private out: string[] = [];
  private lastX = NaN;
  private lastY = NaN;
  private pending: string | null = null;

  constructor(private readonly tolerance = 0.8) {}

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.flush();
    this.out.push(`M${r(x)},${r(y)}`);
    this.lastX = x;
    this.lastY = y;
  }

  lineTo(x: number, y: number): void {
    if (Math.abs(x - this.lastX) < this.tolerance && Math.abs(y - this.lastY) < this.tolerance) {
      // Kept aside: the last vertex before a close or a move must not be lost, or a ring's end would wander.
      this.pending = `L${r(x)},${r(y)}`;
      return;
    }
    this.pending = null;
    this.out.push(`L${r(x)},${r(y)}`);
    this.lastX = x;
    this.lastY = y;
  }

  closePath(): void {
    this.flush();
    this.out.push('Z');
  }

  /** Points (d3 draws a Point as a circle); the map draws its own circles, so none are expected. */
  arc(): void {}

  result(): string {
    this.flush();
    const d = this.out.join('');
    this.out = [];
    return d;
  }

  private flush(): void {
    if (this.pending) this.out.push(this.pending);
    this.pending = null;
  }
}

function r(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
