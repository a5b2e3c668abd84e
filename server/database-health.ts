import type { NextFunction, Request, Response } from "express";
import { RETRY_AFTER_S } from "~/lib/database-errors";
import { pingDatabase, type Db } from "~/lib/database.server";

/** How often the database is checked, and how long a check may take. */
const HEALTH_INTERVAL_MS = 1_000;
const HEALTH_TIMEOUT_MS = 1_000;
export { RETRY_AFTER_S } from "~/lib/database-errors";

/**
 * Keeps one process-wide answer to "does the database respond?", so that
 * during an outage requests fail fast with 503 + Retry-After instead of each
 * waiting for a connection timeout.
 */
export class DatabaseHealth {
  private up = true;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly db: Db, private readonly onChange: (up: boolean) => void = () => {}) {}

  get isUp(): boolean {
    return this.up;
  }

  start(): void {
    const check = async () => {
      const up = await pingDatabase(this.db, HEALTH_TIMEOUT_MS);
      if (up !== this.up) {
        this.up = up;
        this.onChange(up);
      }
      this.timer = setTimeout(check, HEALTH_INTERVAL_MS);
      this.timer.unref();
    };
    this.timer = setTimeout(check, HEALTH_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
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
