/**
 * Hands pages to the reader threads as they render. Each reader gets at most `window` pages more
 * than it has read; the others wait here, not in one reader's message queue, so that once the
 * rendering is done, a reader that starts then (its core is free) takes its part of what is left
 * instead of one reader reading the whole backlog alone: the pages left are shared out at once
 * (flush).
 */
import { shareOf } from './reader.ts';

export class Dispatch<P extends { file: string }> {
  /** Pages not yet handed to a reader, oldest first, from `head` on. */
  private queue: P[] = [];
  private head = 0;
  /** Pages handed to each reader and not yet read, by reader. */
  private readonly inFlight: number[];
  /** How many readers, from the first, are given pages (the others wait for `flush`); 0 once closed. */
  private active: number;
  /** The reader each page was handed to. */
  private readonly owners = new Map<string, number>();
  private readonly send: (reader: number, page: P) => void;
  private readonly window: number;

  /**
   * `readers`: the reader threads, of which the first `active` are given pages from the start;
   * `send` hands a page to a reader (in the order given), `window` bounds each reader's pages in
   * flight.
   */
  constructor(readers: number, active: number, send: (reader: number, page: P) => void, window: number) {
    this.send = send;
    this.window = window;
    this.inFlight = Array.from({ length: readers }, () => 0);
    this.active = Math.max(1, Math.min(active, readers));
  }

  /** A rendered page: handed to a reader with room, or kept until one has; dropped once closed. */
  push(page: P): void {
    if (!this.active) return;
    this.queue.push(page);
    this.pump();
  }

  /** Reader `reader` has read one of its pages. */
  read(reader: number): void {
    this.inFlight[reader] = Math.max(0, this.inFlight[reader]! - 1);
    this.pump();
  }

  /**
   * Once no page renders any more: every reader, those that waited too, is given pages from now
   * on, and every waiting page is handed out now, each to the reader with the fewest pages to
   * read, beyond the windows: the readers must not wait for this thread, which the build's next
   * steps (the handouts) keep busy.
   */
  flush(): void {
    if (!this.active) return;
    this.active = this.inFlight.length;
    while (this.waitingPages) {
      let least = 0;
      for (let reader = 1; reader < this.active; reader++)
        if (this.inFlight[reader]! < this.inFlight[least]!) least = reader;
      this.hand(least);
    }
    this.queue = [];
    this.head = 0;
  }

  /** Which reader reads `file`: the one it was handed to, or its share among all readers. */
  ownerOf(file: string): number {
    return this.owners.get(file) ?? shareOf(file, this.inFlight.length);
  }

  /** Pages waiting to be handed over. */
  get waitingPages(): number {
    return this.queue.length - this.head;
  }

  /** Drops the waiting pages and those still to come (a reader failed: they are read from disk). */
  close(): void {
    this.queue = [];
    this.head = 0;
    this.active = 0;
  }

  private pump(): void {
    for (let reader = 0; reader < this.active && this.waitingPages; reader++) {
      while (this.inFlight[reader]! < this.window && this.waitingPages) this.hand(reader);
    }
    if (!this.waitingPages) {
      this.queue = [];
      this.head = 0;
    }
  }

  /** Hands the oldest waiting page to `reader`. */
  private hand(reader: number): void {
    const page = this.queue[this.head]!;
    this.queue[this.head++] = undefined as unknown as P;
    this.inFlight[reader]!++;
    this.owners.set(page.file, reader);
    this.send(reader, page);
  }
}
