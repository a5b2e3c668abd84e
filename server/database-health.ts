import type { NextFunction, Request, Response } from "express";
import postgres from "postgres";
import { isDatabaseUnavailable, RETRY_AFTER_S } from "~/lib/database-errors";

/** How often the database is checked, and how long a check may take. */
const HEALTH_INTERVAL_MS = 1_000;
const HEALTH_TIMEOUT_MS = 3_000;
/** Slow answers in a row before a busy (but reachable) database counts as down. */
const SLOW_CHECKS_BEFORE_DOWN = 3;
export { RETRY_AFTER_S } from "~/lib/database-errors";

export type HealthCheck = () => Promise<"up" | "unreachable" | "slow">;

/**
 * Checks on a connection of its own, never one from the request pool: under
 * heavy load the pool is busy for seconds and a check queued behind requests
 * would call a healthy database "down".
 */
export function dedicatedHealthCheck(url: string, timeoutMs = HEALTH_TIMEOUT_MS): { check: HealthCheck; close: () => Promise<void> } {
  const client = postgres(url, {
    max: 1,
    connect_timeout: Math.ceil(timeoutMs / 1000),
    idle_timeout: 0,
    onnotice: () => {},
    connection: { application_name: "harm-reduction-health" },
  });
  const check: HealthCheck = async () => {
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<"slow">((resolve) => {
      timer = setTimeout(() => resolve("slow"), timeoutMs);
    });
    try {
      return await Promise.race([client`select 1`.then(() => "up" as const), slow]);
    } catch (error) {
      // Refused, reset or terminated: the server is away. Anything else (a query error) still means it answered.
      return isDatabaseUnavailable(error) ? "unreachable" : "up";
    } finally {
      clearTimeout(timer);
    }
  };
  return { check, close: () => client.end({ timeout: 1 }) };
}

/**
 * Keeps one process-wide answer to "does the database respond?", so that
 * during an outage requests fail fast with 503 + Retry-After instead of each
 * waiting for a connection timeout. One refused connection marks it down; a
 * slow answer only after several in a row; one good answer marks it up.
 */
export class DatabaseHealth {
  private up = true;
  private slowInARow = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly check: HealthCheck, private readonly onChange: (up: boolean) => void = () => {}) {}

  get isUp(): boolean {
    return this.up;
  }

  /** Runs one check and updates the state (the timer calls this; tests may too). */
  async checkOnce(): Promise<void> {
    const result = await this.check();
    this.slowInARow = result === "slow" ? this.slowInARow + 1 : 0;
    const up = result === "up" || (result === "slow" && this.slowInARow < SLOW_CHECKS_BEFORE_DOWN);
    if (up !== this.up) {
      this.up = up;
      this.onChange(up);
    }
  }

  start(): void {
    const loop = async () => {
      await this.checkOnce().catch(() => {});
      if (this.stopped) return;
      this.timer = setTimeout(loop, HEALTH_INTERVAL_MS);
      this.timer.unref();
    };
    this.timer = setTimeout(loop, HEALTH_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Answers 503 while the database is down, for everything except static files. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (this.up) return next();
      res.setHeader("Retry-After", String(RETRY_AFTER_S));
      res.setHeader("Cache-Control", "no-store");
      const wantsJson = req.path.startsWith("/api/") || req.path.endsWith(".json") || (req.get("accept") ?? "").includes("application/json");
      if (wantsJson) {
        res.status(503).json({ error: "unavailable", message: "The service is briefly unavailable. Please retry shortly." });
      } else {
        res.status(503).type("text/plain; charset=utf-8").send("The service is briefly unavailable. Please retry in a few seconds.\nLe service est momentanément indisponible. Réessayez dans quelques secondes.");
      }
    };
  }
}
