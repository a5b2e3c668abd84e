import { createHmac, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { appSecrets } from "../../db/schema";
import type { Db } from "./database.server";

/** Returns the named secret, creating it on first use; every process gets the same value. */
export async function getOrCreateSecret(db: Db, name: string): Promise<string> {
  await db
    .insert(appSecrets)
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing({ target: appSecrets.name });
  const [row] = await db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, name));
  return row!.value;
}

/** A keyed, truncated hash of an IP address: groups requests without storing where anyone is. */
export function hashIp(key: string, ip: string): string {
  return createHmac("sha256", key).update(ip).digest("base64url").slice(0, 22);
}
