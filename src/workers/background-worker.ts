// The server's background work (audit sealing, escalation, the SMS outbox)
// runs in one kind of loop: a run every `everyMs`, never two at once in a
// process, errors reported and the next run tried. Running the same worker on
// several servers is safe because each run is: the sealer takes an advisory
// lock, escalation locks each deadline row, the SMS outbox claims its rows.

export type BackgroundWorker = {
  /** Starts a run now (or, if one is running, once it ends), e.g. after a change that has work for it. */
  kick(): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
};

export function startWorker(opts: { name: string; everyMs: number; run: () => Promise<unknown>; onError: (err: unknown) => void }): BackgroundWorker {
  let running: Promise<void> | undefined;
  let stopped = false;
  // A kick during a run may bring work the run has already looked past: one more run follows it.
  let again = false;
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    again = false;
    running = Promise.resolve()
      .then(opts.run)
      .then(() => undefined, opts.onError)
      .finally(() => {
        running = undefined;
        if (again) tick();
      });
  };
  const timer = setInterval(tick, opts.everyMs);
  timer.unref();
  return {
    kick: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
