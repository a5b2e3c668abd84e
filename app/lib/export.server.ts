import { asc, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import { petitionFields, petitions } from "../../db/schema";
import { recordAudit } from "./audit.server";
import type { Db } from "./database.server";
import { UTM_KEYS } from "./signature-schema";

/** Rows fetched from the server-side cursor per round trip; also the rows per chunk written. */
export const EXPORT_BATCH_ROWS = 1000;
/**
 * A reader that stops reading (a stalled download) would otherwise hold a
 * connection and an open transaction forever; PostgreSQL ends the session
 * after this long idle, which fails the download instead.
 */
const EXPORT_IDLE_TIMEOUT_S = 120;
/** Spreadsheets read a UTF-8 file as UTF-8 only when it starts with a byte-order mark. */
const BOM = "\uFEFF";

/**
 * One CSV cell. Text a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) gets a leading apostrophe; quotes, commas
 * and line breaks are quoted (RFC 4180).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "boolean" ? (value ? "true" : "false") : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

interface ExportRow {
  full_name: string;
  email: string;
  country: string;
  postcode: string | null;
  custom_fields: Record<string, string>;
  status: string;
  verified: boolean;
  updates_opt_in: boolean;
  show_name: boolean;
  source: string | null;
  utm: Record<string, string>;
  created_at: string;
  confirmed_at: string | null;
  anonymised: boolean;
}

export function exportHeader(fieldKeys: string[]): string {
  return csvLine([
    "name",
    "email",
    "country",
    "postcode",
    ...fieldKeys,
    "state",
    "verified",
    "updates_opt_in",
    "show_name",
    "source",
    ...UTM_KEYS,
    "created_at",
    "confirmed_at",
  ]);
}

function iso(value: string | null): string | null {
  return value ? new Date(value).toISOString() : null;
}

/** A signer who erased their data keeps their place in the counts, never their name or answers. */
export function exportLine(row: ExportRow, fieldKeys: string[]): string {
  const personal = !row.anonymised;
  return csvLine([
    personal ? row.full_name : "",
    personal ? row.email : "",
    row.country,
    personal ? row.postcode : "",
    ...fieldKeys.map((key) => (personal ? row.custom_fields[key] : "")),
    row.status,
    row.verified,
    row.updates_opt_in,
    row.show_name,
    row.source,
    ...UTM_KEYS.map((key) => row.utm[key]),
    iso(row.created_at),
    iso(row.confirmed_at),
  ]);
}

export interface SignatureExport {
  filename: string;
  stream: ReadableStream<Uint8Array>;
}

/**
 * Streams every signature of a petition as CSV through a server-side cursor:
 * memory stays at one batch whatever the size, and the next batch is fetched
 * only when the reader wants more (the stream is pulled, never pushed).
 * Nothing runs until the body is first read; then one repeatable-read
 * transaction records the export in the audit log with the exact row count
 * of the snapshot it streams.
 */
export async function exportSignaturesCsv(db: Db, petitionId: string, actor: { userId: string; organisationId: string }): Promise<SignatureExport> {
  const [petition] = await db.select({ slug: petitions.slug }).from(petitions).where(eq(petitions.id, petitionId));
  if (!petition) throw new Response("Not found", { status: 404 });
  const fields = await db
    .select({ key: petitionFields.key })
    .from(petitionFields)
    .where(eq(petitionFields.petitionId, petitionId))
    .orderBy(asc(petitionFields.position), asc(petitionFields.key));
  const fieldKeys = fields.map((f) => f.key);
  const encoder = new TextEncoder();
  const sqlClient = db.$client;

  let batches: AsyncIterator<ExportRow[]> | null = null;
  let release: ((error?: unknown) => void) | null = null;
  let transaction: Promise<unknown> | null = null;
  let inFlight: Promise<unknown> = Promise.resolve();
  let finished = false;

  const finish = (error?: unknown) => {
    if (finished) return;
    finished = true;
    release?.(error);
  };

  async function open(controller: ReadableStreamDefaultController<Uint8Array>) {
    let ready!: () => void;
    let failed!: (error: unknown) => void;
    const opened = new Promise<void>((resolve, reject) => {
      ready = resolve;
      failed = reject;
    });
    transaction = sqlClient
      .begin("isolation level repeatable read", async (tx) => {
        await tx.unsafe(`set local idle_in_transaction_session_timeout = '${EXPORT_IDLE_TIMEOUT_S}s'`);
        const [count] = await tx<{ n: number }[]>`select count(*)::int as n from signatures where petition_id = ${petitionId}`;
        // The same transaction as the rows: the audit says exactly how many the snapshot holds.
        await recordAudit(drizzle(tx as unknown as postgres.Sql), {
          actorId: actor.userId,
          organisationId: actor.organisationId,
          action: "signatures.export",
          subjectType: "petition",
          subjectId: petitionId,
          details: { rows: Number(count?.n ?? 0), format: "csv" },
        });
        batches = tx<ExportRow[]>`
          select full_name, email, country, postcode, custom_fields, status, verified, updates_opt_in, show_name, source, utm,
                 created_at, confirmed_at, anonymised_at is not null as anonymised
          from signatures where petition_id = ${petitionId}
          order by created_at, id`
          .cursor(EXPORT_BATCH_ROWS)
          [Symbol.asyncIterator]() as AsyncIterator<ExportRow[]>;
        ready();
        // Keep the transaction (and its snapshot) open until the stream ends.
        await new Promise<void>((resolve, reject) => {
          release = (error) => (error ? reject(error) : resolve());
          if (finished) resolve();
        });
      })
      .catch((error: unknown) => {
        failed(error);
        if (!finished) controller.error(error);
        finished = true;
      });
    await opened;
  }

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const step = (async () => {
          if (!batches) {
            await open(controller);
            controller.enqueue(encoder.encode(BOM + exportHeader(fieldKeys)));
            return;
          }
          const next = await batches.next();
          if (next.done) {
            controller.close();
            finish();
            return;
          }
          controller.enqueue(encoder.encode(next.value.map((row) => exportLine(row, fieldKeys)).join("")));
        })();
        inFlight = step.catch(() => {});
        try {
          await step;
        } catch (error) {
          finish(error);
          throw error;
        }
      },
      async cancel() {
        // A pull still waiting on a batch must land first, or the cursor would be left suspended.
        await inFlight;
        await batches?.return?.();
        finish();
        await transaction;
      },
    },
    // Pulled only when read: an unread response opens no transaction.
    { highWaterMark: 0 },
  );
  const day = new Date().toISOString().slice(0, 10);
  return { filename: `${petition.slug}-signatures-${day}.csv`, stream };
}
