import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, connectDatabase } from "~/lib/database.server";
import { createMailer } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { createApp } from "../../server/app";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { listen } from "../support/http";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const noBuild = () => Promise.reject(new Error("the page build is not used by these tests"));

describe("GET /healthz", () => {
  it("answers 200 when the database answers", async () => {
    const env = parseEnv({});
    const server = await listen(createApp({ env, db: t.db, mailer: createMailer(env, t.db), ipHashKey: "k", build: noBuild }));
    try {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toEqual({ status: "ok" });
    } finally {
      await server.close();
    }
  });

  it("answers 503 when the database does not", async () => {
    const env = parseEnv({});
    const deadDb = connectDatabase("postgres://nobody:x@127.0.0.1:9/none", { max: 1 });
    const server = await listen(createApp({ env, db: deadDb, mailer: createMailer(env, deadDb), ipHashKey: "k", build: noBuild }));
    try {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "database unavailable" });
    } finally {
      await server.close();
      await closeDatabase(deadDb);
    }
  });
});
