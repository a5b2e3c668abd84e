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
