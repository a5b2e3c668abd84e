import { eq, sql, type SQL } from "drizzle-orm";
import { organisations } from "../../db/schema";
import type { Db } from "./database.server";

/** Audit rows per page. */
export const AUDIT_PAGE_SIZE = 50;

export async function findOrganisationBySlug(db: Db, slug: string): Promise<{ id: string; slug: string; name: string } | null> {
  const [row] = await db.select({ id: organisations.id, slug: organisations.slug, name: organisations.name }).from(organisations).where(eq(organisations.slug, slug));
  return row ?? null;
}

export interface AuditRow {
  id: number;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

/** Position in (created_at desc, id desc): the organisation index serves every page, however deep. */
interface AuditCursor {
  at: string;
  id: number;
}

const CURSOR_FORMAT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|(\d{1,18})$/;

function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`).toString("base64url");
}

export function decodeAuditCursor(value: string | null | undefined): AuditCursor | null {
  if (!value || value.length > 200) return null;
  const match = CURSOR_FORMAT.exec(Buffer.from(value, "base64url").toString());
  return match ? { at: match[1]!, id: Number(match[2]) } : null;
}

/** One page of an organisation's audit log, newest first, with the actor's name and email. */
export async function listAuditLog(
  db: Db,
  organisationId: string,
  cursor: AuditCursor | null,
  size = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditRow[]; nextCursor: string | null }> {
  const conditions: SQL[] = [sql`a.organisation_id = ${organisationId}`];
  if (cursor) {
    conditions.push(
      sql`a.created_at <= ${cursor.at}::timestamptz and (a.created_at < ${cursor.at}::timestamptz or a.id < ${cursor.id})`,
    );
  }
  const rows = await db.execute<{
    id: number;
    action: string;
    display_name: string | null;
    email: string | null;
    subject_type: string;
    subject_id: string | null;
    details: Record<string, unknown>;
    created_at: string;
    cursor_at: string;
  }>(sql`
    select a.id, a.action, u.display_name, u.email, a.subject_type, a.subject_id, a.details, a.created_at,
           to_char(a.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
    from audit_log a left join users u on u.id = a.actor_id
    where ${sql.join(conditions, sql` and `)}
    order by a.created_at desc, a.id desc
    limit ${size + 1}`);
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => ({
      id: Number(r.id),
      action: r.action,
      actorName: r.display_name,
      actorEmail: r.email,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      details: r.details,
      createdAt: new Date(r.created_at).toISOString(),
    })),
    nextCursor: rows.length > size && last ? encodeAuditCursor({ at: last.cursor_at, id: Number(last.id) }) : null,
  };
}
