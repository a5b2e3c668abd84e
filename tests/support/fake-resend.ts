import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";

const FAKE_API_KEY = "re_test_fake";
const MAX_BATCH_SIZE = 100;
const MAX_RECIPIENTS = 50;
const MAX_IDEMPOTENCY_KEY_LENGTH = 256;

export interface RecordedRequest {
  method: string;
  /** Path including any query string, e.g. "/emails/batch". */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON body; undefined when the body was empty or not JSON. */
  body: unknown;
  /** When the request line and headers arrived: the moment a rate limiter counts. */
  startedAt: Date;
  /** When the whole body had arrived. */
  receivedAt: Date;
}

export interface SentEmail {
  id: string;
  from: string;
  to: string[];
  subject?: string;
  html?: string;
  text?: string;
  cc?: string[];
  bcc?: string[];
  reply_to?: string[];
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
  attachments?: unknown[];
  scheduled_at?: string;
  template?: { id: string; variables?: Record<string, string | number> };
  topic_id?: string | null;
  idempotencyKey: string | null;
  createdAt: string;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON; a string is sent raw, to simulate non-JSON gateway errors. */
  body?: unknown;
}

export interface FakeResend {
  url: string;
  apiKey: string;
  requests: RecordedRequest[];
  emails: SentEmail[];
  failNext(n: number, response: FakeResponse): void;
  /**
   * Holds the answer to the next `n` API requests for `ms` milliseconds. The request is
   * processed (and its emails recorded) at once, so a client killed while waiting leaves
   * the fake in the state Resend would be in: sent, but never told the ids.
   */
  delayNext(n: number, ms: number): void;
  /** Requests to the batch endpoint, in order of arrival. */
  batchRequests(): RecordedRequest[];
  reset(): void;
  waitForEmails(count: number, timeoutMs?: number): Promise<SentEmail[]>;
  close(): Promise<void>;
}

const DEFAULT_ERROR_NAMES: Record<number, string> = {
  400: "invalid_parameter",
  401: "missing_api_key",
  403: "invalid_access",
  404: "not_found",
  405: "method_not_allowed",
  409: "invalid_idempotent_request",
  422: "validation_error",
  429: "rate_limit_exceeded",
};

function resendError(status: number, name: string, message: string): FakeResponse {
  return { status, body: { statusCode: status, name, message } };
}

function withDefaultBody(response: FakeResponse): FakeResponse {
  if (response.body !== undefined) return response;
  const name = DEFAULT_ERROR_NAMES[response.status] ?? (response.status >= 500 ? "internal_server_error" : "application_error");
  return { ...response, body: { statusCode: response.status, name, message: `Injected ${response.status} from fake Resend.` } };
}

function lowerCaseHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) result[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return result;
}

// Key order must not matter when deciding whether a retried request has "the same body".
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function toList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** Returns an error message, or null when the email is acceptable. */
function validateEmail(email: unknown): string | null {
  if (!isRecord(email)) return "Each email must be a JSON object.";
  if (typeof email.from !== "string" || email.from.trim() === "") return "Missing `from` field.";
  const to = email.to;
  if (to === undefined || to === null || to === "" || (Array.isArray(to) && to.length === 0)) return "Missing `to` field.";
  if (Array.isArray(to) ? !to.every((t) => typeof t === "string" && t !== "") : typeof to !== "string") {
    return "Invalid `to` field. Expected a string or an array of strings.";
  }
  if (Array.isArray(to) && to.length > MAX_RECIPIENTS) return `Too many recipients in \`to\`. Maximum is ${MAX_RECIPIENTS}.`;
  const hasTemplate = isRecord(email.template);
  if (!hasTemplate && (typeof email.subject !== "string" || email.subject === "")) return "Missing `subject` field.";
  return null;
}

export async function startFakeResend(options: { port?: number } = {}): Promise<FakeResend> {
  const requests: RecordedRequest[] = [];
  const emails: SentEmail[] = [];
  const faults: FakeResponse[] = [];
  let outage: { until: number; response: FakeResponse } | null = null;
  const delays: number[] = [];
  const idempotency = new Map<string, { fingerprint: string; response: FakeResponse }>();
  const waiters = new Set<{ count: number; resolve: (emails: SentEmail[]) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();

  function notifyWaiters(): void {
    for (const waiter of waiters) {
      if (emails.length < waiter.count) continue;
      clearTimeout(waiter.timer);
      waiters.delete(waiter);
      waiter.resolve([...emails]);
    }
  }

  function accept(payload: Record<string, unknown>, idempotencyKey: string | null): string {
    const id = randomUUID();
    emails.push({
      ...(payload as Omit<SentEmail, "to" | "cc" | "bcc" | "reply_to" | "id" | "idempotencyKey" | "createdAt">),
      to: toList(payload.to) ?? [],
      cc: toList(payload.cc),
      bcc: toList(payload.bcc),
      reply_to: toList(payload.reply_to),
      id,
      idempotencyKey,
      createdAt: new Date().toISOString(),
    });
    return id;
  }

  function sendEmails(path: string, body: unknown, headers: Record<string, string>, key: string | null): FakeResponse {
    if (path === "/emails") {
      const problem = validateEmail(body);
      if (problem) return resendError(422, "validation_error", problem);
      return { status: 200, body: { id: accept(body as Record<string, unknown>, key) } };
    }
    if (!Array.isArray(body)) return resendError(422, "validation_error", "The batch body must be an array of emails.");
    if (body.length === 0) return resendError(422, "validation_error", "The batch must contain at least 1 email.");
    if (body.length > MAX_BATCH_SIZE) {
      return resendError(422, "validation_error", `Too many emails in batch: ${body.length}. Maximum is ${MAX_BATCH_SIZE}.`);
    }
    const problems = body.map((email, index) => ({ index, message: validateEmail(email) }));
    const errors = problems.filter((p): p is { index: number; message: string } => p.message !== null);
    const permissive = headers["x-batch-validation"] === "permissive";
    if (errors.length > 0 && !permissive) {
      return resendError(422, "validation_error", errors.map((e) => `emails[${e.index}]: ${e.message}`).join(" "));
    }
    const data = body
      .filter((_, index) => problems[index]?.message === null)
      .map((email) => ({ id: accept(email as Record<string, unknown>, key) }));
    return { status: 200, body: permissive ? { data, errors } : { data } };
  }

  function handleApi(method: string, path: string, headers: Record<string, string>, body: unknown, rawBody: string): FakeResponse {
    const auth = headers.authorization;
    if (!auth) return resendError(401, "missing_api_key", "Missing API key in the authorization header.");
    if (auth !== `Bearer ${FAKE_API_KEY}`) return resendError(401, "invalid_api_key", "API key is invalid.");
    if (path !== "/emails" && path !== "/emails/batch") {
      return resendError(404, "not_found", `The fake Resend API does not implement ${method} ${path}.`);
    }
    if (method !== "POST") return resendError(405, "method_not_allowed", `Method ${method} is not allowed on ${path}.`);
    if (body === undefined) {
      return resendError(422, "validation_error", rawBody ? "The request body is not valid JSON." : "Missing request body.");
    }

    const key = headers["idempotency-key"] ?? null;
    if (key === null) return sendEmails(path, body, headers, null);
    if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
      return resendError(400, "invalid_idempotency_key", `Idempotency key must be between 1 and ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`);
    }
    const fingerprint = `${path} ${canonicalJson(body)}`;
    const previous = idempotency.get(key);
    if (previous) {
      if (previous.fingerprint === fingerprint) return previous.response;
      return resendError(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload.");
    }
    const response = sendEmails(path, body, headers, key);
    // Only successes are remembered, so a client may retry a failed request with the same key.
    if (response.status < 300) idempotency.set(key, { fingerprint, response });
    return response;
  }

  function reset(): void {
    requests.length = 0;
    emails.length = 0;
    faults.length = 0;
    outage = null;
    delays.length = 0;
    idempotency.clear();
  }

  function respond(res: ServerResponse, { status, headers = {}, body }: FakeResponse): void {
    // The client may have gone away while a delayed answer waited.
    if (res.destroyed || res.writableEnded) return;
    const isText = typeof body === "string";
    const payload = body === undefined ? "" : isText ? body : JSON.stringify(body);
    res.writeHead(status, { "content-type": isText ? "text/plain; charset=utf-8" : "application/json", ...headers });
    res.end(payload);
  }

  const server = createServer((req, res) => {
    const startedAt = new Date();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      try {
        const method = req.method ?? "GET";
        const url = new URL(req.url ?? "/", "http://fake-resend.local");
        if (url.pathname === "/_fake/emails") {
          // Browser tests may read this view cross-origin.
          const cors = { "access-control-allow-origin": "*" };
          if (method === "GET") return respond(res, { status: 200, headers: cors, body: emails });
          if (method === "DELETE") {
            reset();
            return respond(res, { status: 204, headers: cors });
          }
          return respond(res, resendError(405, "method_not_allowed", `Method ${method} is not allowed on ${url.pathname}.`));
        }
        // Control endpoints for drills that run the fake in another process.
        if (url.pathname === "/_fake/recipients" && method === "GET") {
          // Compact, for runs with many thousands of emails: one address per email, and the batch calls' keys.
          return respond(res, {
            status: 200,
            body: {
              // ?subject= narrows it to one message (a drill's update, not the milestone email it also triggers).
              recipients: emails.filter((e) => !url.searchParams.has("subject") || e.subject === url.searchParams.get("subject")).flatMap((e) => e.to),
              batchKeys: requests.filter((r) => r.path === "/emails/batch").map((r) => r.headers["idempotency-key"] ?? null),
              requests: requests.length,
            },
          });
        }
        if (url.pathname === "/_fake/outage" && method === "POST") {
          // Every API call in the next `ms` milliseconds gets this answer (an outage by time, not by count).
          const control = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as { ms?: number } & Partial<FakeResponse>;
          outage = { until: Date.now() + Number(control.ms ?? 0), response: { status: Number(control.status ?? 500), headers: control.headers, body: control.body } };
          return respond(res, { status: 204 });
        }
        if ((url.pathname === "/_fake/faults" || url.pathname === "/_fake/delays") && method === "POST") {
          const control = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as { count?: number; ms?: number } & Partial<FakeResponse>;
          const count = Math.max(0, Math.floor(Number(control.count ?? 0)));
          if (url.pathname === "/_fake/faults") {
            for (let i = 0; i < count; i++) faults.push({ status: Number(control.status ?? 500), headers: control.headers, body: control.body });
          } else {
            for (let i = 0; i < count; i++) delays.push(Number(control.ms ?? 0));
          }
          return respond(res, { status: 204 });
        }

        const rawBody = Buffer.concat(chunks).toString("utf8");
        let body: unknown;
        try {
          body = rawBody ? JSON.parse(rawBody) : undefined;
        } catch {
          body = undefined;
        }
        const headers = lowerCaseHeaders(req.headers);
        requests.push({ method, path: url.pathname + url.search, headers, body, startedAt, receivedAt: new Date() });

        const fault = outage && Date.now() < outage.until ? outage.response : faults.shift();
        const answer = fault ? withDefaultBody(fault) : handleApi(method, url.pathname, headers, body, rawBody);
        notifyWaiters();
        const delay = delays.shift() ?? 0;
        if (delay > 0) setTimeout(() => respond(res, answer), delay);
        else respond(res, answer);
      } catch (error) {
        respond(res, resendError(500, "internal_server_error", `Fake Resend crashed: ${String(error)}`));
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey: FAKE_API_KEY,
    requests,
    emails,
    reset,
    failNext(n, response) {
      for (let i = 0; i < n; i++) faults.push(response);
    },
    delayNext(n, ms) {
      for (let i = 0; i < n; i++) delays.push(ms);
    },
    batchRequests() {
      return requests.filter((r) => r.path === "/emails/batch");
    },
    waitForEmails(count, timeoutMs = 10_000) {
      if (emails.length >= count) return Promise.resolve([...emails]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(
            `fake-resend: expected at least ${count} email(s) within ${timeoutMs}ms but got ${emails.length} ` +
              `(${requests.length} API request(s) received).`,
          ));
        }, timeoutMs);
        const waiter = { count, resolve, reject, timer };
        waiters.add(waiter);
      });
    },
    async close() {
      for (const waiter of waiters) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error("fake-resend: server closed while waiting for emails."));
      }
      waiters.clear();
      // fetch keeps connections alive, which would otherwise make close() wait for them to time out.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const fake = await startFakeResend({ port: Number(process.env.PORT ?? 3030) });
  console.log(`Fake Resend listening on ${fake.url}`);
  console.log(`Use RESEND_BASE_URL=${fake.url} RESEND_API_KEY=${fake.apiKey}; inspect ${fake.url}/_fake/emails`);
  const stop = (): void => void fake.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
