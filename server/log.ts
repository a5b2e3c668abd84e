/** Process-level messages: one line each, prefixed so they stand out from PostgreSQL's. */
export function log(message: string): void {
  console.log(`[app] ${message}`);
}

export function logError(message: string, error?: unknown): void {
  console.error(`[app] ${message}${error ? `: ${error instanceof Error ? error.message : String(error)}` : ""}`);
}

/** The job runner died (usually a database restart) and is being started again. */
export function logWorkerRestart(error: unknown, attempt: number): void {
  if (attempt === 1 || attempt % 10 === 0) logError(`Job runner stopped; starting it again (attempt ${attempt})`, error);
}

/**
 * graphile-worker lets some promises reject unobserved when PostgreSQL goes away
 * mid-job (failing a job over a dead connection). Node would exit on them; an
 * outage is not a reason to die, since the worker is restarted once the database
 * is back. Anything else still ends the process, as it should.
 */
export function surviveDatabaseOutages(isDatabaseUnavailable: (error: unknown) => boolean): void {
  process.on("unhandledRejection", (reason) => {
    if (isDatabaseUnavailable(reason)) {
      logError("Database connection lost in a background task", reason);
      return;
    }
    logError("Unhandled rejection", reason);
    if (reason instanceof Error && reason.stack) console.error(reason.stack);
    process.exit(1);
  });
}
