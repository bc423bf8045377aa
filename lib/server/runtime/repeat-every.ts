/**
 * Runs `task` now and then every `ms`, one run at a time (a slow run delays the next, never overlaps
 * it). A failure is logged once, not every period, until a run succeeds again. Returns a stop function
 * that resolves once the run in progress has ended.
 */
export function repeatEvery(ms: number, label: string, task: () => Promise<void>): () => Promise<void> {
  let failing = false;
  let chain = Promise.resolve();
  const tick = () => {
    chain = chain.then(task).then(
      () => {
        if (failing) console.log(`${label}: working again`);
        failing = false;
      },
      (error: unknown) => {
        if (!failing) console.error(`${label} failed (trying again every ${ms / 1000} s): ${error instanceof Error ? error.message.trim().split('\n').at(-1) : String(error)}`);
        failing = true;
      },
    );
  };
  tick();
  const timer = setInterval(tick, ms);
  return async () => {
    clearInterval(timer);
    await chain;
  };
}
