import { asc, eq } from "drizzle-orm";
import { memberships, organisations } from "../../db/schema";
import type { OrgRole } from "./authorization.server";
import type { Db } from "./database.server";

export interface MyOrganisation {
  id: string;
  slug: string;
  name: string;
  role: OrgRole;
}

export async function listMyOrganisations(db: Db, userId: string): Promise<MyOrganisation[]> {
  const rows = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
  return rows.map((r) => ({ ...r, role: r.role as OrgRole }));
}
