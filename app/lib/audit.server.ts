import { auditLog } from "../../db/schema";
import type { Db } from "./database.server";

export interface AuditEntry {
  actorId: string | null;
  organisationId?: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

/** Records an organiser or admin action; call it in the same transaction as the change. */
export async function recordAudit(db: Pick<Db, "insert">, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    organisationId: entry.organisationId ?? null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    details: entry.details ?? {},
  });
}
