// A separate OS process that signs and confirms a batch of distinct signers while
// running its own counting loop, as one app process would. Used by the counting tests.
import { closeDatabase, connectDatabase } from "~/lib/database.server";
import { startCountingLoop } from "~/lib/counting.server";
import { findPublicPetition } from "~/lib/petitions.server";
import { confirmSignature, signPetition } from "~/lib/signing.server";
import { TEST_META, latestConfirmToken, signer } from "./fixtures";

const { DATABASE_URL, PETITION_SLUG, PREFIX, COUNT, COUNTRIES } = process.env;
const CONCURRENCY = 25;

async function inParallel<T>(items: T[], worker: (item: T) => Promise<unknown>) {
  const queue = [...items];
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await worker(item);
  }));
}

async function main() {
  const db = connectDatabase(DATABASE_URL!, { max: CONCURRENCY + 2, name: `sign-process-${PREFIX}` });
  const counting = startCountingLoop(db, 200);
  const petition = (await findPublicPetition(db, PETITION_SLUG!, "en"))!;
  const countries = COUNTRIES!.split(",");
  const indexes = Array.from({ length: Number(COUNT) }, (_, i) => i);
  const emailOf = (i: number) => `${PREFIX}-${i}@example.org`;
  await inParallel(indexes, (i) =>
    signPetition(db, petition, signer(`${PREFIX}-${i}`, { email: emailOf(i), country: countries[i % countries.length]! }), TEST_META),
  );
  let confirmed = 0;
  await inParallel(indexes, async (i) => {
    const result = await confirmSignature(db, petition.id, await latestConfirmToken(db, emailOf(i)));
    if (result.outcome === "confirmed") confirmed++;
  });
  await counting.stop();
  await closeDatabase(db);
  process.stdout.write(JSON.stringify({ confirmed }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
