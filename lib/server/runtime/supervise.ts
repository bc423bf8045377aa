/** Something the launcher runs that can die: a child process, the embedded PostgreSQL. */
export interface Running {
  /** settles when it ends by itself, with a few words on how (`signal SIGKILL`, `code 1`) */
  readonly exited: Promise<string>;
  /** ends it on purpose; a stop is never followed by a restart */
  stop(): Promise<void>;
}

export type SuperviseOptions = {
  /** for the log: "grading worker 1", "embedded PostgreSQL" */
  name: string;
  start: () => Promise<Running>;
  log: (line: string) => void;
  /** wait before the first restart; it doubles after each quick failure, up to maxDelayMs */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** a run at least this long was healthy: the next restart waits initialDelayMs again */
  healthyAfterMs?: number;
  /** told each time it is up again after a restart */
  onRestarted?: () => void;
  /**
   * The first run ending sooner than this is a bad configuration (a taken port, a wrong setting), not a
   * crash: onFatal hears it instead of a restart. 0: never.
   */
  firstRunGraceMs?: number;
  onFatal?: (how: string) => void;
};

export type Supervisor = {
  /** resolves once the first start succeeded; rejects if it failed (a bad configuration stops the launcher) */
  readonly started: Promise<void>;
  readonly restarts: number;
  stop(): Promise<void>;
};

/**
 * Keeps one thing running: when it dies it is started again, after a delay that doubles while it keeps
 * dying quickly (a crash loop costs little) and returns to the first delay after a healthy run. A failed
 * restart counts as a quick death. Only the first start's failure is final.
 */
export function supervise(options: SuperviseOptions): Supervisor {
  const { name, log, initialDelayMs = 500, maxDelayMs = 30_000, healthyAfterMs = 60_000 } = options;
  let current: Running | null = null;
  let stopping = false;
  let restarts = 0;
  let delayMs = initialDelayMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let starting: Promise<void> | null = null;

  const watch = (running: Running, startedAt: number, first = false) => {
    current = running;
    void running.exited.then((how) => {
      if (stopping || current !== running) return;
      current = null;
      // a first run that EXITS at once is misconfigured; one killed by a signal (an operator, the OOM killer) is restarted
      const exitedByItself = !how.startsWith('signal ');
      if (first && exitedByItself && options.onFatal && performance.now() - startedAt < (options.firstRunGraceMs ?? 0)) return options.onFatal(how);
      if (performance.now() - startedAt >= healthyAfterMs) delayMs = initialDelayMs;
      scheduleRestart(`The ${name} exited (${how})`);
    });
  };

  const scheduleRestart = (why: string) => {
    log(`${why}; restarting it in ${(delayMs / 1000).toFixed(1)} s.`);
    timer = setTimeout(() => {
      starting = restart().finally(() => (starting = null));
    }, delayMs);
    delayMs = Math.min(delayMs * 2, maxDelayMs);
  };

  const restart = async () => {
    if (stopping) return;
    restarts++;
    try {
      const running = await options.start();
      if (stopping) return void (await running.stop());
      watch(running, performance.now());
      log(`The ${name} is running again (restart ${restarts}).`);
      options.onRestarted?.();
    } catch (error) {
      if (!stopping) scheduleRestart(`The ${name} could not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
  };

  const started = options.start().then((running) => {
    if (stopping) return running.stop();
    watch(running, performance.now(), true);
  });

  return {
    started,
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await started.catch(() => undefined);
      await starting;
      await current?.stop();
    },
  };
}
