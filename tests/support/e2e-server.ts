// Starts the built app for the browser tests: a fake Resend on a fixed port,
// a throwaway database, then the real server entry.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { databaseUrl } from "./database-names";
import { startFakeResend } from "./fake-resend";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const FAKE_RESEND_PORT = Number(process.env.FAKE_RESEND_PORT ?? 3211);

async function main() {
  const fake = await startFakeResend({ port: FAKE_RESEND_PORT });
  process.env.RESEND_API_KEY = fake.apiKey;
  process.env.RESEND_BASE_URL = fake.url;
  process.env.NODE_ENV = "production";
  process.env.PORT = String(E2E_PORT);
  process.env.HOST = "127.0.0.1";
  process.env.APP_URL = `http://127.0.0.1:${E2E_PORT}`;
  process.env.SEED_ADMIN_PASSWORD ??= "e2e admin password";
  // Every browser test comes from 127.0.0.1; per-account limits still apply as in production.
  process.env.IP_RATE_LIMIT_FACTOR ??= "100";

  if (process.env.DATABASE_URL) {
    const name = "hr_e2e";
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    process.env.DATABASE_URL = databaseUrl(process.env.DATABASE_URL, name);
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hr-e2e-"));
    fs.chmodSync(dataDir, 0o755);
    process.env.DATA_DIR = dataDir;
    process.on("exit", () => fs.rmSync(dataDir, { recursive: true, force: true }));
  }
  await import("../../server/main");
}

void main();
