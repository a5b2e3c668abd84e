import path from "node:path";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import type { ServerBuild } from "react-router";
import type { ViteDevServer } from "vite";
import type { AppContext } from "~/lib/app-context";
import { pingDatabase } from "~/lib/database.server";
import { isDatabaseUnavailable } from "~/lib/database-errors";
import { RETRY_AFTER_S, type DatabaseHealth } from "./database-health";
import { OPEN_DATA_PATH, openDataHandler } from "./open-data";
import { apiCors, limitRequestBody, rejectMalformedUrls, securityHeaders, verifyRequestOrigin } from "./security";

export interface CreateAppOptions extends Omit<AppContext, "cspNonce" | "clientIp"> {
  /** The React Router server build, or a loader for it (development reloads it on every request). */
  build: ServerBuild | (() => Promise<ServerBuild>);
  clientDir?: string;
  vite?: ViteDevServer;
  /** When given, requests get 503 + Retry-After while the database is unreachable. */
  health?: DatabaseHealth;
}

export function createApp(options: CreateAppOptions) {
  const { env, db, mailer, ipHashKey } = options;
  const app = express();
  app.disable("x-powered-by");
  if (env.TRUST_PROXY) app.set("trust proxy", true);
  app.use(compression());

  app.get("/healthz", async (_req, res) => {
    const ok = await pingDatabase(db);
    res.status(ok ? 200 : 503).set("Cache-Control", "no-store").json({ status: ok ? "ok" : "database unavailable" });
  });

  app.use(securityHeaders(env));
  app.use(rejectMalformedUrls());

  if (options.vite) {
    app.use(options.vite.middlewares);
  } else {
    const clientDir = options.clientDir ?? path.resolve("build/client");
    // File names under /assets carry a content hash, so they never change.
    app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y", index: false }));
    app.use(express.static(clientDir, { maxAge: "1h", index: false }));
  }

  if (options.health) app.use(options.health.middleware());
  app.use("/api", apiCors());
  app.use(limitRequestBody({ maxBodyBytes: env.MAX_BODY_BYTES }));
  app.get(OPEN_DATA_PATH, openDataHandler(db));
  app.use(verifyRequestOrigin({ appUrl: env.APP_URL }));

  app.use(
    createRequestHandler({
      build: options.build,
      mode: env.isDevelopment ? "development" : "production",
      getLoadContext: (req, res) => ({
        db,
        env,
        mailer,
        ipHashKey,
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip ?? null,
      }),
    }),
  );

  // Last resort: never a stack trace to the client; an unreachable database is a 503, not a bug.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return res.end();
    if (isDatabaseUnavailable(error)) {
      res.status(503).set("Retry-After", String(RETRY_AFTER_S)).type("text/plain").send("Service Unavailable");
      return;
    }
    console.error(error);
    res.status(500).type("text/plain").send("Internal Server Error");
  });

  return app;
}
