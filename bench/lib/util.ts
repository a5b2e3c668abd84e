import net from "node:net";

/** Ports other tools of this project use on this machine (dev server, tests, e2e, fake Resend). */
const RESERVED_PORTS = new Set([3000, 3001, 3030, 3100, 3210, 3211]);

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A port the OS says is free right now (it may be taken again later, so bind soon). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.unref();
      server.on("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
      });
    });
    if (!RESERVED_PORTS.has(port)) return port;
  }
}

const started = Date.now();
/** Progress on stderr, so stdout stays for results and verdicts. */
export function log(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[${seconds}s] ${message}\n`);
}

/** Thrown from a waitFor check to stop waiting at once (e.g. the process being waited for died). */
export class GiveUp extends Error {}

export async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs: number, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      lastError = error;
    }
    await sleep(intervalMs);
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${(lastError as Error).message})` : ""}`);
}

/** Runs `worker` over `items` with at most `concurrency` in flight. */
export async function inParallel<T>(items: readonly T[], concurrency: number, worker: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await worker(items[index]!, index);
      }
    }),
  );
}
