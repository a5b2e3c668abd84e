/** Process-level messages: one line each, prefixed so they stand out from PostgreSQL's. */
export function log(message: string): void {
  console.log(`[app] ${message}`);
}

export function logError(message: string, error?: unknown): void {
  console.error(`[app] ${message}${error ? `: ${error instanceof Error ? error.message : String(error)}` : ""}`);
}
