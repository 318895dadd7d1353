// Publishes findings without holding up the article being edited: its own findings go out at once,
// those of the other articles an edit touched follow one by one between other messages, so hovers and
// the next keystroke's findings never wait for a whole story's worth of diagnostics.

export class PublishQueue {
  private readonly pending = new Set<string>();
  private draining = false;

  /** A path whose findings fail to publish is reported to `onError`; the others are still published. */
  constructor(
    private readonly publish: (path: string) => void,
    private readonly onError: (path: string, error: unknown) => void,
  ) {}

  now(paths: Iterable<string>): void {
    for (const path of paths) {
      this.pending.delete(path);
      this.publishOne(path);
    }
  }

  private publishOne(path: string): void {
    try {
      this.publish(path);
    } catch (error) {
      this.onError(path, error);
    }
  }

  later(paths: Iterable<string>): void {
    for (const path of paths) this.pending.add(path);
    if (!this.draining && this.pending.size > 0) {
      this.draining = true;
      setImmediate(() => this.drainOne());
    }
  }

  private drainOne(): void {
    const next = this.pending.values().next();
    if (next.done) {
      this.draining = false;
      return;
    }
    this.pending.delete(next.value);
    this.publishOne(next.value);
    setImmediate(() => this.drainOne());
  }
}
