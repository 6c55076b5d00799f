// A simulated clock with a queue of timed actions: runs them in time order (ties in scheduling order).

interface Timed {
  at: number;
  order: number;
  run: () => void;
}

export class Scheduler {
  private heap: Timed[] = [];
  private order = 0;

  constructor(public now: number) {}

  /** Runs `run` when the clock reaches `at` (never earlier than now). */
  at(at: number, run: () => void): void {
    this.push({ at: Math.max(at, this.now), order: this.order++, run });
  }

  after(ms: number, run: () => void): void {
    this.at(this.now + ms, run);
  }

  /** Runs every action, advancing the clock to each one's time. */
  runAll(): void {
    for (let next = this.pop(); next; next = this.pop()) {
      this.now = next.at;
      next.run();
    }
  }

  private before(a: Timed, b: Timed): boolean {
    return a.at < b.at || (a.at === b.at && a.order < b.order);
  }

  private push(item: Timed): void {
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private pop(): Timed | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < heap.length && this.before(heap[l]!, heap[best]!)) best = l;
        if (r < heap.length && this.before(heap[r]!, heap[best]!)) best = r;
        if (best === i) break;
        [heap[i], heap[best]] = [heap[best]!, heap[i]!];
        i = best;
      }
    }
    return top;
  }
}
