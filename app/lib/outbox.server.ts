import { desc, eq } from "drizzle-orm";
import { outboxMessages } from "../../db/schema";
import type { Db } from "./database.server";

const OUTBOX_PAGE_SIZE = 100;

export async function listOutboxMessages(db: Db) {
  return db
    .select({
      id: outboxMessages.id,
      toAddress: outboxMessages.toAddress,
      subject: outboxMessages.subject,
      createdAt: outboxMessages.createdAt,
    })
    .from(outboxMessages)
    .orderBy(desc(outboxMessages.createdAt))
    .limit(OUTBOX_PAGE_SIZE);
}

export async function getOutboxMessage(db: Db, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return (await db.query.outboxMessages.findFirst({ where: eq(outboxMessages.id, id) })) ?? null;
}
