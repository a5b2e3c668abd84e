import { asc, eq } from "drizzle-orm";
import type postgres from "postgres";
import { petitionFields, petitions } from "../../db/schema";
import { recordAudit } from "./audit.server";
import type { Db } from "./database.server";
import { UTM_KEYS } from "./signature-schema";

/** Rows fetched from the server-side cursor per round trip; also the rows per chunk written. */
export const EXPORT_BATCH_ROWS = 1000;
/**
 * A reader that stops reading (a stalled download) would otherwise hold a
 * pooled connection and an open transaction for as long as it likes; after
 * this long without a read the export is abandoned and the transaction ends.
 */
export const EXPORT_IDLE_TIMEOUT_MS = 2 * 60 * 1000;
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

const FIXED_COLUMNS = ["name", "email", "country", "postcode", "state", "verified", "updates_opt_in", "show_name", "source", ...UTM_KEYS, "created_at", "confirmed_at"];

export function exportHeader(fieldKeys: string[]): string {
  // A question keyed like a fixed column (say "email") must not make two columns look alike.
  const fieldColumns = fieldKeys.map((key) => (FIXED_COLUMNS.includes(key) ? `field_${key}` : key));
  return csvLine(["name", "email", "country", "postcode", ...fieldColumns, "state", "verified", "updates_opt_in", "show_name", "source", ...UTM_KEYS, "created_at", "confirmed_at"]);
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

/**
 * drizzle's postgres.js transaction runs on a postgres.js transaction, which is
 * what has server-side cursors; drizzle keeps it on its session.
 */
function postgresClientOf(tx: unknown): postgres.TransactionSql {
  const client = (tx as { session?: { client?: postgres.TransactionSql } }).session?.client;
  if (typeof client?.unsafe !== "function") throw new Error("drizzle's transaction no longer exposes its postgres.js client: update export.server.ts");
  return client;
}

export interface SignatureExport {
  filename: string;
  stream: ReadableStream<Uint8Array>;
}

interface OpenExport {
  batches: AsyncIterator<ExportRow[]>;
  /** Ends the transaction: commits, or rolls back (audit row included) when given an error. */
  release: (error?: unknown) => void;
  done: Promise<unknown>;
}

/**
 * Streams every signature of a petition as CSV through a server-side cursor:
 * memory stays at one batch whatever the size, and the next batch is fetched
 * only when the reader asks for more (the stream is pulled, never pushed).
 * Nothing runs until the body is first read; then one repeatable-read
 * transaction records the export in the audit log with the exact row count
 * of the snapshot it streams.
 */
export async function exportSignaturesCsv(db: Db, petitionId: string, actor: { userId: string; organisationId: string }): Promise<SignatureExport | null> {
  const [petition] = await db.select({ slug: petitions.slug }).from(petitions).where(eq(petitions.id, petitionId));
  if (!petition) return null;
  const fields = await db
    .select({ key: petitionFields.key })
    .from(petitionFields)
    .where(eq(petitionFields.petitionId, petitionId))
    .orderBy(asc(petitionFields.position), asc(petitionFields.key));
  const fieldKeys = fields.map((f) => f.key);
  const encoder = new TextEncoder();

  const open = () =>
    new Promise<OpenExport>((resolveOpen, rejectOpen) => {
      let opened = false;
      const done: Promise<unknown> = db
        .transaction(
          async (tx) => {
            const raw = postgresClientOf(tx);
            const [count] = await raw<{ n: number }[]>`select count(*)::int as n from signatures where petition_id = ${petitionId}`;
            // Same transaction as the rows: the audit row says exactly how many the snapshot holds.
            await recordAudit(tx, {
              actorId: actor.userId,
              organisationId: actor.organisationId,
              action: "signatures.export",
              subjectType: "petition",
              subjectId: petitionId,
              details: { rows: Number(count?.n ?? 0), format: "csv" },
            });
            // Oldest first, straight off the (petition_id, created_at desc nulls last) index read backwards:
            // no sort of the whole petition before the first row leaves.
            const batches = raw<ExportRow[]>`
              select full_name, email, country, postcode, custom_fields, status, verified, updates_opt_in, show_name, source, utm,
                     created_at, confirmed_at, anonymised_at is not null as anonymised
              from signatures where petition_id = ${petitionId}
              order by created_at asc nulls first`
              .cursor(EXPORT_BATCH_ROWS)
              [Symbol.asyncIterator]() as AsyncIterator<ExportRow[]>;
            // The transaction, and its snapshot, stay open until the stream ends.
            await new Promise<void>((resolve, reject) => {
              opened = true;
              resolveOpen({ batches, release: (error) => (error ? reject(error) : resolve()), done });
            });
          },
          { isolationLevel: "repeatable read" },
        )
        .catch((error: unknown) => {
          if (!opened) rejectOpen(error);
          // Otherwise the error already reached the reader through the stream.
        });
    });

  let current: OpenExport | null = null;
  let inFlight: Promise<unknown> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;
  let ended = false;

  /** Stops the cursor and ends the transaction (rolled back when given an error); safe to call more than once. */
  const close = async (error?: unknown) => {
    clearTimeout(idleTimer);
    if (ended) return;
    ended = true;
    if (!current) return;
    await current.batches.return?.();
    current.release(error);
    await current.done;
  };
  /** From outside a pull (the reader went away, or stalled): a pull still waiting on its batch must land first. */
  const abandon = async (error?: unknown) => {
    await inFlight;
    await close(error);
  };

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        clearTimeout(idleTimer);
        const step = (async () => {
          if (!current) {
            current = await open();
            controller.enqueue(encoder.encode(BOM + exportHeader(fieldKeys)));
          } else {
            const next = await current.batches.next();
            if (next.done) {
              // Commit first: once the reader sees the end, the export is on record.
              await close();
              controller.close();
              return;
            }
            controller.enqueue(encoder.encode(next.value.map((row) => exportLine(row, fieldKeys)).join("")));
          }
          idleTimer = setTimeout(() => {
            const error = new Error(`signature export stalled: not read for ${EXPORT_IDLE_TIMEOUT_MS} ms`);
            controller.error(error);
            void abandon(error);
          }, EXPORT_IDLE_TIMEOUT_MS).unref();
        })();
        inFlight = step.catch(() => {});
        try {
          await step;
        } catch (error) {
          await close(error);
          throw error;
        }
      },
      async cancel() {
        await abandon();
      },
    },
    // Pulled only when read: a response nobody reads opens no transaction.
    { highWaterMark: 0 },
  );
  const day = new Date().toISOString().slice(0, 10);
  return { filename: `${petition.slug}-signatures-${day}.csv`, stream };
}
