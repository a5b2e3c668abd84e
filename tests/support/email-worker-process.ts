// A separate OS process running the real job worker against the fake Resend, as
// `npm run worker` would. Used by the delivery tests that kill a worker mid-send
// and that check the request rate holds across processes.
import { closeDatabase, connectDatabase } from "~/lib/database.server";
import { createMailer } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { startWorker } from "~/lib/jobs.server";

const { DATABASE_URL, ORPHAN_AFTER_MS, RETRY_BASE_MS } = process.env;

async function main() {
  const env = parseEnv(process.env);
  const db = connectDatabase(DATABASE_URL!, { max: 4, name: "email-worker-process" });
  const worker = await startWorker({
    connectionString: DATABASE_URL!,
    concurrency: 3,
    mailer: createMailer(env, db),
    db,
    env,
    delivery: { orphanAfterMs: Number(ORPHAN_AFTER_MS ?? 1000), retryBaseMs: Number(RETRY_BASE_MS ?? 200), retryMaxMs: 2000 },
  });
  process.stdout.write("ready\n");
  process.on("SIGTERM", () => {
    void worker.stop().then(() => closeDatabase(db)).then(() => process.exit(0));
  });
  await worker.promise;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
