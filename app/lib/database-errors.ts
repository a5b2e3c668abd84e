/** What clients are told to wait before retrying while the database is away. */
export const RETRY_AFTER_S = 5;

/** Errors that mean "the database is unreachable", as opposed to a bug in a query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; errno?: string; cause?: unknown } | null;
  if (!e || typeof e !== "object") return false;
  const code = e.code ?? e.errno;
  if (code && ["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"].includes(code)) {
    return true;
  }
  return e.cause !== undefined && e.cause !== error && isDatabaseUnavailable(e.cause);
}
