import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema";
import { csvCell, csvLine, exportHeader } from "~/lib/export.server";
import { loader as exportLoader } from "~/routes/dashboard/petition-export";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createPetition } from "../support/fixtures";
import { appRequest, createMember, insertSignatures, settle, testContext, type TestUser } from "./dashboard-helpers";

let t: TestDatabase;
let editor: TestUser;
beforeAll(async () => {
  t = await createTestDatabase();
  editor = await createMember(t.db, "editor");
});
afterAll(() => t.drop());

const BOM = "\uFEFF";

function exportArgs(petitionId: string, user: TestUser | null) {
  return { request: appRequest(`/dashboard/petitions/${petitionId}/export.csv`, user), params: { petitionId }, context: testContext(t.db) } as never;
}

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) throw new Error("CSV does not end with CRLF");
  return rows;
}

describe("CSV cells", () => {
  it("neutralises formulas and quotes what needs quoting", () => {
    expect(csvCell('=HYPERLINK("http://evil.example","Click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@x")).toBe("'@x");
    expect(csvCell("\tTAB")).toBe("'\tTAB");
    expect(csvCell("\rCR")).toBe(`"'\rCR"`);
    expect(csvCell('She said "hi"')).toBe(`"She said ""hi"""`);
    expect(csvCell("Dupont, Jean")).toBe(`"Dupont, Jean"`);
    expect(csvCell("line one\nline two")).toBe(`"line one\nline two"`);
    expect(csvCell("Ολένα Κοβαλένκο 🌍")).toBe("Ολένα Κοβαλένκο 🌍");
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(csvLine(["a", "b,c"])).toBe(`a,"b,c"\r\n`);
    // A question keyed like a fixed column gets a column of its own name.
    expect(exportHeader(["email", "agency"])).toMatch(/^name,email,country,postcode,field_email,agency,state,/);
  });
});

describe("GET /dashboard/petitions/:id/export.csv", () => {
  it("exports every signature with the petition's fields, escaped, erased rows without personal data, and audits it", async () => {
    const petition = await createPetition(t.db);
    const created = new Date("2026-04-01T09:30:00.000Z");
    await insertSignatures(t.db, petition.id, [
      {
        name: '=HYPERLINK("http://evil.example","Click")',
        email: "evil@example.org",
        country: "UA",
        postcode: "+1",
        customFields: { officer: "yes", agency: "-2" },
        status: "confirmed",
        verified: true,
        updatesOptIn: true,
        showName: true,
        source: "@x",
        utm: { utm_source: "newsletter", utm_campaign: 'spring, "big" push' },
        createdAt: created,
        confirmedAt: new Date("2026-04-01T09:45:00.000Z"),
      },
      { name: "Ολένα Κοβαλένκο", email: "olena@example.ua", country: "UA", customFields: { agency: "Patrol\npolice" }, createdAt: new Date(created.getTime() + 1000) },
      { name: "Erased Person", email: "erased@example.org", country: "SN", postcode: "12345", customFields: { agency: "Secret" }, status: "confirmed", anonymisedAt: new Date(), createdAt: new Date(created.getTime() + 2000) },
    ]);
    const response = (await exportLoader(exportArgs(petition.id, editor))) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(new RegExp(`^attachment; filename="${petition.slug}-signatures-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      "name",
      "email",
      "country",
      "postcode",
      "officer",
      "agency",
      "state",
      "verified",
      "updates_opt_in",
      "show_name",
      "source",
      "utm_source",
      "utm_medium",
      "utm_campaign",
      "utm_term",
      "utm_content",
      "created_at",
      "confirmed_at",
    ]);
    expect(rows).toEqual([
      [
        `'=HYPERLINK("http://evil.example","Click")`,
        "evil@example.org",
        "UA",
        "'+1",
        "yes",
        "'-2",
        "confirmed",
        "true",
        "true",
        "true",
        "'@x",
        "newsletter",
        "",
        'spring, "big" push',
        "",
        "",
        "2026-04-01T09:30:00.000Z",
        "2026-04-01T09:45:00.000Z",
      ],
      ["Ολένα Κοβαλένκο", "olena@example.ua", "UA", "", "", "Patrol\npolice", "pending", "false", "false", "false", "", "", "", "", "", "", "2026-04-01T09:30:01.000Z", ""],
      ["", "", "SN", "", "", "", "confirmed", "false", "false", "false", "", "", "", "", "", "", "2026-04-01T09:30:02.000Z", "2026-04-01T09:30:02.000Z"],
    ]);
    const [audit] = await t.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, "signatures.export"), eq(schema.auditLog.subjectId, petition.id)))
      .orderBy(desc(schema.auditLog.id));
    expect(audit).toMatchObject({ actorId: editor.id, subjectType: "petition", details: { rows: 3, format: "csv" }, createdAt: expect.any(Date) });
  });

  it("is for editors and owners only: viewers get 403, outsiders 404, and nothing is recorded", async () => {
    const petition = await createPetition(t.db);
    await insertSignatures(t.db, petition.id, [{ status: "confirmed" }]);
    const viewer = await createMember(t.db, "viewer");
    const outsider = await createMember(t.db, null);
    const owner = await createMember(t.db, "owner");
    expect(((await settle(() => exportLoader(exportArgs(petition.id, viewer)))) as Response).status).toBe(403);
    expect(((await settle(() => exportLoader(exportArgs(petition.id, outsider)))) as Response).status).toBe(404);
    expect(((await settle(() => exportLoader(exportArgs(petition.id, null)))) as Response).headers.get("Location")).toMatch(/^\/login/);
    expect(await t.db.select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, petition.id))).toEqual([]);
    const ok = (await exportLoader(exportArgs(petition.id, owner))) as Response;
    expect(ok.status).toBe(200);
    await ok.body!.cancel();
  });

  it("streams 200,000 signatures through a cursor in constant memory", async () => {
    const petition = await createPetition(t.db);
    const ROWS = 200_000;
    // ~200 bytes a row: about 40 MB of CSV.
    await t.db.execute(sql`
      insert into signatures (petition_id, status, full_name, email, canonical_email, country, postcode, locale, custom_fields,
                              consent_version, consent_text, source, utm, created_at, confirmed_at, confirm_seq)
      select ${petition.id}, 'confirmed', 'Signer number ' || i || ' of the big export test',
             'signer.number.' || i || '@a-long-domain-name.example.org', 'signer.number.' || i || '@a-long-domain-name.example.org',
             'SN', 'DK-' || i, 'en', jsonb_build_object('officer', 'yes', 'agency', 'Regional police service number ' || (i % 97)),
             'test', 'test', 'partner-site', '{"utm_source":"newsletter","utm_campaign":"launch-week"}'::jsonb,
             timestamptz '2026-01-01' + i * interval '1 second', timestamptz '2026-01-01' + i * interval '1 second' + interval '5 minutes',
             nextval('signature_confirm_seq')
      from generate_series(1, ${ROWS}) as i`);
    await t.db.execute(sql`analyze signatures`);

    // Collect garbage between samples when the runtime lets us, so the heap reading is what is live.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as (() => void) | undefined;
    gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;

    const response = (await exportLoader(exportArgs(petition.id, editor))) as Response;
    const reader = response.body!.getReader();
    let bytes = 0;
    let lines = 0;
    let chunks = 0;
    let lastChunkTail = "";
    let auditVisibleEarly: boolean | null = null;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 0x0a) lines++;
      lastChunkTail = new TextDecoder().decode(value.slice(-200));
      if (chunks === 3) {
        // Three chunks in, the export's transaction is still open (its audit row not yet committed):
        // the body is being produced as it is read, not built first.
        const rows = await t.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.action, "signatures.export"), eq(schema.auditLog.subjectId, petition.id)));
        auditVisibleEarly = rows.length > 0;
        expect(bytes).toBeLessThan(2_000_000);
      }
      if (chunks % 20 === 0) {
        gc?.();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    gc?.();
    peak = Math.max(peak, process.memoryUsage().heapUsed);

    expect(auditVisibleEarly).toBe(false);
    expect(lines).toBe(ROWS + 1);
    expect(bytes).toBeGreaterThan(35_000_000);
    expect(chunks).toBeGreaterThan(ROWS / 1000);
    expect(lastChunkTail).toMatch(/,2026-01-03T07:33:20\.000Z,2026-01-03T07:38:20\.000Z\r\n$/);
    const growth = peak - baseline;
    expect(growth, `heap grew by ${Math.round(growth / 1e6)} MB for ${Math.round(bytes / 1e6)} MB of CSV`).toBeLessThan(50_000_000);

    const [audit] = await t.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.action, "signatures.export"), eq(schema.auditLog.subjectId, petition.id)));
    expect(audit!.details).toEqual({ rows: ROWS, format: "csv" });
  }, 180_000);

  it("releases the cursor and its connection when the download is abandoned", async () => {
    const petition = await createPetition(t.db);
    await t.db.execute(sql`
      insert into signatures (petition_id, full_name, email, canonical_email, country, locale, consent_version, consent_text, created_at)
      select ${petition.id}, 'P' || i, 'p' || i || '@example.org', 'p' || i || '@example.org', 'SN', 'en', 'test', 'test', now()
      from generate_series(1, 5000) as i`);
    const response = (await exportLoader(exportArgs(petition.id, editor))) as Response;
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    // The transaction ended (committed: the export was recorded), and the pool can serve again.
    const rows = await t.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.action, "signatures.export"), eq(schema.auditLog.subjectId, petition.id)));
    expect(rows).toHaveLength(1);
    const busy = await t.db.execute<{ state: string; query: string }>(sql`select state, query from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`);
    expect(busy).toEqual([]);
  });
});
