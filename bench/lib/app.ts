// The built app as production runs it: `node --import tsx server/main.ts`
// (and `server/worker.ts`), each a separate process, with email going to a
// fake Resend that also runs in its own process.
import type { SentEmail } from "../../tests/support/fake-resend";
import { startChild, waitHealthy, type Child } from "./processes";
import { freePort, waitFor } from "./util";

export interface FakeResendProcess {
  url: string;
  apiKey: string;
  child: Child;
  emails(): Promise<SentEmail[]>;
  /** One address per accepted email, and the idempotency key of every batch call (cheap at 100k emails). */
  recipients(subject?: string): Promise<{ recipients: string[]; batchKeys: (string | null)[]; requests: number }>;
  /** The next `count` API calls get this answer instead of being processed. */
  fail(count: number, response: { status: number; headers?: Record<string, string>; body?: unknown }): Promise<void>;
  /** Every API call for the next `ms` milliseconds gets this answer. */
  outage(ms: number, response: { status: number; headers?: Record<string, string>; body?: unknown }): Promise<void>;
  /** The next `count` API calls are processed at once but answered `ms` later. */
  delay(count: number, ms: number): Promise<void>;
  reset(): Promise<void>;
}

/**
 * The project's fake Resend (tests/support/fake-resend.ts), in a child process
 * so that its memory (it keeps every email) and CPU are not the load generator's.
 */
export async function startFakeResend(): Promise<FakeResendProcess> {
  const port = await freePort();
  const child = startChild("fake-resend", ["--max-old-space-size=8192", "--import", "tsx", "tests/support/fake-resend.ts"], {
    ...process.env,
    PORT: String(port),
  });
  const apiKey = await waitFor(
    "the fake Resend to start",
    async () => /RESEND_API_KEY=(\w+)/.exec(child.output())?.[1] ?? null,
    30_000,
  );
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    apiKey,
    child,
    async emails() {
      const response = await fetch(`${url}/_fake/emails`);
      return (await response.json()) as SentEmail[];
    },
    async recipients(subject) {
      const response = await fetch(`${url}/_fake/recipients${subject === undefined ? "" : `?subject=${encodeURIComponent(subject)}`}`);
      return (await response.json()) as { recipients: string[]; batchKeys: (string | null)[]; requests: number };
    },
    async fail(count, answer) {
      await fetch(`${url}/_fake/faults`, { method: "POST", body: JSON.stringify({ count, ...answer }) });
    },
    async outage(ms, answer) {
      await fetch(`${url}/_fake/outage`, { method: "POST", body: JSON.stringify({ ms, ...answer }) });
    },
    async delay(count, ms) {
      await fetch(`${url}/_fake/delays`, { method: "POST", body: JSON.stringify({ count, ms }) });
    },
    async reset() {
      await fetch(`${url}/_fake/emails`, { method: "DELETE" });
    },
  };
}

export interface AppOptions {
  databaseUrl: string;
  resend: FakeResendProcess;
  /** Fixed port (for a restart on the same address); a free one otherwise. */
  port?: number;
  runWorker?: boolean;
  name?: string;
  env?: Record<string, string>;
}

export interface AppProcess {
  url: string;
  port: number;
  child: Child;
  /** Starts the same app again on the same port (after it stopped or was killed). */
  restart(): Promise<AppProcess>;
}

function appEnv(options: AppOptions, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    APP_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: options.databaseUrl,
    RESEND_API_KEY: options.resend.apiKey,
    RESEND_BASE_URL: options.resend.url,
    // Production sits behind a load balancer: req.ip comes from X-Forwarded-For.
    TRUST_PROXY: "true",
    RUN_WORKER: options.runWorker === false ? "false" : "true",
    SEED_ADMIN_PASSWORD: "bench admin password",
    ...options.env,
  };
}

export async function startApp(options: AppOptions): Promise<AppProcess> {
  const port = options.port ?? (await freePort());
  const child = startChild(options.name ?? "app", ["--import", "tsx", "server/main.ts"], appEnv(options, port));
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(child, `${url}/healthz`);
  return { url, port, child, restart: () => startApp({ ...options, port }) };
}

/** A standalone `server/worker.ts` (jobs and the counting loop) on the same database. */
export async function startWorkerProcess(options: Omit<AppOptions, "port" | "runWorker">): Promise<Child> {
  const child = startChild(options.name ?? "worker", ["--import", "tsx", "server/worker.ts"], appEnv(options, 0));
  await waitFor(
    `${child.name} to start`,
    async () => {
      if (!child.alive()) throw new Error(`${child.name} exited:\n${child.output()}`);
      return child.output().includes("Worker running");
    },
    90_000,
    200,
  );
  return child;
}
