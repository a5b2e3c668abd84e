// A typed wrapper around autocannon: every request can be generated on the fly
// (unique emails, varied client addresses), and responses can be inspected.
import autocannon from "autocannon";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds to run; ignored when `amount` is set. */
  durationS?: number;
  /** Stop after this many responses (and errors). */
  amount?: number;
  /** Seconds before a request counts as timed out. */
  timeoutS?: number;
  /** Builds each request; called once per request sent. */
  next: () => LoadRequest;
  /** Sees each response body; leave unset when bodies are not needed (reading them costs CPU). */
  /** Header names are lower-cased. */
  onResponse?: (status: number, body: string, headers: Record<string, unknown>) => void;
  /** Keeps every response's time, status and latency, for drills that look at a time window. */
  timeline?: boolean;
}

export interface TimelineEntry {
  /** ms since the epoch when the response (or error) arrived. */
  at: number;
  /** HTTP status, or 0 for a connection error or timeout. */
  status: number;
  latencyMs: number;
}

export interface LoadResult {
  connections: number;
  durationS: number;
  responses: number;
  status: Record<string, number>;
  /** Connection errors, including timeouts. */
  errors: number;
  /** Requests sent that got neither a response nor an error before the run ended. */
  unanswered: number;
  timeouts: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  timeline: TimelineEntry[];
}

export interface RunningLoad {
  stop(): void;
  result: Promise<LoadResult>;
}

export function startLoad(options: LoadOptions): RunningLoad {
  const timeline: TimelineEntry[] = [];
  const status: Record<string, number> = {};
  let finish: (error: unknown, result?: autocannon.Result) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error || !result ? reject(error ?? new Error("autocannon returned no result")) : resolve(result));
  });
  // The callback form returns the running instance, which can be watched and stopped.
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS ?? 10,
    amount: options.amount,
    timeout: options.timeoutS ?? 30,
    requests: [
      {
        setupRequest: (request) => {
          const next = options.next();
          return { ...request, method: next.method, path: next.path, headers: next.headers ?? {}, body: next.body };
        },
        ...(options.onResponse
          ? {
              onResponse: (code: number, body: string, _context: object, headers: Record<string, unknown> | undefined) =>
                options.onResponse!(code, body, Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]))),
            }
          : {}),
      },
    ],
  }, (error, result) => finish(error, result));
  instance.on("response", (_client, code, _bytes, responseTime) => {
    status[code] = (status[code] ?? 0) + 1;
    if (options.timeline) timeline.push({ at: Date.now(), status: code, latencyMs: responseTime });
  });
  instance.on("reqError", () => {
    if (options.timeline) timeline.push({ at: Date.now(), status: 0, latencyMs: 0 });
  });
  const result = finished.then((r): LoadResult => ({
        connections: options.connections,
        durationS: r.duration,
        responses: Object.values(status).reduce((a, b) => a + b, 0),
        status,
        errors: r.errors,
        unanswered: Math.max(0, r.requests.sent - Object.values(status).reduce((a, b) => a + b, 0) - r.errors),
        timeouts: r.timeouts,
        latencyMs: { mean: r.latency.mean, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
        timeline,
      }));
  return { stop: () => instance.stop(), result };
}

export const runLoad = (options: LoadOptions) => startLoad(options).result;

/** Responses with this status per second of the run. */
export const ratePerS = (result: LoadResult, ...codes: number[]) =>
  codes.reduce((sum, code) => sum + (result.status[code] ?? 0), 0) / result.durationS;

export const count5xx = (result: LoadResult) =>
  Object.entries(result.status).reduce((sum, [code, n]) => sum + (Number(code) >= 500 ? n : 0), 0);
