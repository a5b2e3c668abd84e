// One place that knows every process and directory the bench started, so a
// failure, an exception or Ctrl-C never leaves a PostgreSQL or an app behind.

type Task = { name: string; run: () => Promise<void> | void; lastResort?: () => void };

const tasks: Task[] = [];
let running: Promise<void> | null = null;

/**
 * Registers cleanup work, run in reverse order of registration. `lastResort`
 * must be synchronous: it is all that can run from the process 'exit' event.
 * Returns a function that unregisters the task (after doing it yourself).
 */
export function onCleanup(name: string, run: Task["run"], lastResort?: () => void): () => void {
  const task: Task = { name, run, lastResort };
  tasks.push(task);
  return () => {
    const index = tasks.indexOf(task);
    if (index >= 0) tasks.splice(index, 1);
  };
}

export function runCleanup(): Promise<void> {
  running ??= (async () => {
    while (tasks.length > 0) {
      const task = tasks.pop()!;
      try {
        await task.run();
      } catch (error) {
        console.error(`cleanup ${task.name} failed: ${(error as Error).message}`);
        try {
          task.lastResort?.();
        } catch {
          // Nothing more can be done here; the next task still runs.
        }
      }
    }
  })();
  return running;
}

/** Runs `main`, then cleans up whatever happens; exits with its code. */
export function runMain(main: () => Promise<number>): void {
  const bail = (code: number, why: string) => {
    console.error(why);
    void runCleanup().finally(() => process.exit(code));
  };
  process.once("SIGINT", () => bail(130, "interrupted: cleaning up"));
  process.once("SIGTERM", () => bail(143, "terminated: cleaning up"));
  process.on("uncaughtException", (error) => bail(1, `uncaught: ${error.stack ?? error.message}`));
  process.on("unhandledRejection", (error) => bail(1, `unhandled rejection: ${(error as Error)?.stack ?? String(error)}`));
  // If we exit without having cleaned up (process.exit elsewhere), kill synchronously what we can.
  process.on("exit", () => {
    for (const task of tasks.reverse()) {
      try {
        task.lastResort?.();
      } catch {
        // best effort
      }
    }
  });
  main()
    .then(async (code) => {
      await runCleanup();
      process.exit(code);
    })
    .catch((error: unknown) => bail(1, `failed: ${(error as Error)?.stack ?? String(error)}`));
}
