import { sql } from "drizzle-orm";
import { afterAll, beforeAll, it } from "vitest";
import { countSignaturesByState, listSignatures, decodeCursor, listTopSources } from "~/lib/petition-dashboard.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createPetition } from "../support/fixtures";

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(() => t.drop());

it("scale", async () => {
  const petition = await createPetition(t.db);
  const other = await createPetition(t.db);
  let start = Date.now();
  await t.db.execute(sql`insert into signatures (petition_id, full_name, email, canonical_email, country, locale, consent_version, consent_text, created_at, status, confirmed_at, source)
    select ${petition.id}, 'Bulk ' || i, 'bulk' || i || '@example.org', 'bulk' || i || '@example.org', 'SN', 'en', 'test', 'test',
           timestamptz '2026-01-01' + (i / 3) * interval '1 second', case when i % 10 = 0 then 'pending' else 'confirmed' end, now(), case when i % 7 = 0 then 'newsletter' end
    from generate_series(1, 1000000) as i`);
  await t.db.execute(sql`insert into signatures (petition_id, full_name, email, canonical_email, country, locale, consent_version, consent_text, created_at)
    select ${other.id}, 'Bulk ' || i, 'bulk' || i || '@example.org', 'bulk' || i || '@example.org', 'SN', 'en', 'test', 'test',
           timestamptz '2026-01-01' + i * interval '1 second'
    from generate_series(1, 200000) as i`);
  await t.db.execute(sql`vacuum analyze signatures`);
  await t.db.execute(sql`select 1`);
  console.log("insert", Date.now() - start);
  start = Date.now(); console.log(await countSignaturesByState(t.db, petition.id), "states ms", Date.now() - start);
  start = Date.now(); await listTopSources(t.db, petition.id); console.log("sources ms", Date.now() - start);
  start = Date.now();
  let page = await listSignatures(t.db, petition.id, { locale: "en" }, {});
  console.log("page1 ms", Date.now() - start);
  for (const offset of [1000, 500000, 990000]) {
    const [deep] = await t.db.execute<{ id: string; at: string }>(sql`select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
      from signatures where petition_id = ${petition.id} order by created_at desc, id desc offset ${offset} limit 1`);
    start = Date.now();
    page = await listSignatures(t.db, petition.id, { locale: "en" }, { cursor: { at: deep!.at, id: deep!.id } });
    console.log("page at", offset, Date.now() - start, "ms", page.rows.length);
    start = Date.now();
    await listSignatures(t.db, petition.id, { locale: "en" }, { cursor: { at: deep!.at, id: deep!.id }, direction: "newer" });
    console.log("newer page at", offset, Date.now() - start, "ms");
  }
  start = Date.now();
  await listSignatures(t.db, petition.id, { locale: "en", query: "bulk99999" }, {});
  console.log("search ms", Date.now() - start);
  start = Date.now();
  await listSignatures(t.db, petition.id, { locale: "en", state: "pending" }, {});
  console.log("pending filter ms", Date.now() - start);
  let cursor = null as any; let n = 0; start = Date.now();
  for (let i = 0; i < 30; i++) { const p = await listSignatures(t.db, petition.id, { locale: "en" }, { cursor }); n += p.rows.length; cursor = decodeCursor(p.olderCursor); }
  console.log("30 pages ms", Date.now() - start, n);
}, 600_000);
