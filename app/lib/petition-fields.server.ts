import { and, asc, eq, sql } from "drizzle-orm";
import { campaigns, petitionFields, petitions } from "../../db/schema";
import { recordAudit } from "./audit.server";
import type { Db } from "./database.server";
import { E, fail, MAX_FIELDS, type Done, type Failure, type FieldInput } from "./organiser-schemas";
import { isUniqueViolation, type Actor, type Tx } from "./organisations.server";
import { isStructureEditable, LOCKED_STATUSES } from "./petition-editor.server";
import type { PetitionStatus } from "./petitions.server";

// The signer-profile builder: the questions a petition asks besides name, email and country.

/** Locks the petition (so concurrent edits to its questions run one at a time) and returns its state. */
async function lockPetition(tx: Tx, petitionId: string) {
  const [row] = await tx
    .select({ status: petitions.status, organisationId: campaigns.organisationId })
    .from(petitions)
    .innerJoin(campaigns, eq(campaigns.id, petitions.campaignId))
    .where(eq(petitions.id, petitionId))
    .for("update", { of: petitions });
  return row;
}

async function withUniqueKey(run: () => Promise<Done | Failure>): Promise<Done | Failure> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) return fail(E.fieldKeyTaken, "key");
    throw error;
  }
}

export async function addPetitionField(db: Db, actor: Actor, petitionId: string, input: FieldInput): Promise<Done | Failure> {
  return withUniqueKey(() =>
    db.transaction(async (tx) => {
      const petition = await lockPetition(tx, petitionId);
      if (!petition) return fail(E.notFound);
      if (!isStructureEditable(petition.status)) return fail(E.notEditable);
      const existing = await tx.select({ key: petitionFields.key, position: petitionFields.position }).from(petitionFields).where(eq(petitionFields.petitionId, petitionId));
      if (existing.length >= MAX_FIELDS) return fail(E.tooMany);
      if (existing.some((f) => f.key === input.key)) return fail(E.fieldKeyTaken, "key");
      const position = existing.reduce((max, f) => Math.max(max, f.position + 1), 0);
      const [field] = await tx.insert(petitionFields).values({ petitionId, position, ...input }).returning({ id: petitionFields.id });
      await recordAudit(tx, {
        actorId: actor.id,
        organisationId: petition.organisationId,
        action: "petition.field-add",
        subjectType: "petition",
        subjectId: petitionId,
        details: { fieldId: field!.id, key: input.key, kind: input.kind },
      });
      return { ok: true as const };
    }),
  );
}

/**
 * Before publication everything may change. Afterwards only the wording may
 * (labels, e.g. for a newly added language): keys, kinds and option values are
 * what existing signatures were recorded against.
 */
export async function updatePetitionField(db: Db, actor: Actor, petitionId: string, fieldId: string, input: FieldInput): Promise<Done | Failure> {
  return withUniqueKey(() =>
    db.transaction(async (tx) => {
      const petition = await lockPetition(tx, petitionId);
      if (!petition) return fail(E.notFound);
      if (LOCKED_STATUSES.includes(petition.status as PetitionStatus)) return fail(E.notEditable);
      const [field] = await tx.select().from(petitionFields).where(and(eq(petitionFields.id, fieldId), eq(petitionFields.petitionId, petitionId)));
      if (!field) return fail(E.notFound);
      const structural = isStructureEditable(petition.status);
      const changes = structural
        ? input
        : {
            labels: { ...field.labels, ...input.labels },
            options: field.options.map((option) => ({
              value: option.value,
              labels: { ...option.labels, ...(input.options.find((o) => o.value === option.value)?.labels ?? {}) },
            })),
          };
      await tx.update(petitionFields).set(changes).where(eq(petitionFields.id, fieldId));
      await recordAudit(tx, {
        actorId: actor.id,
        organisationId: petition.organisationId,
        action: "petition.field-edit",
        subjectType: "petition",
        subjectId: petitionId,
        details: { fieldId, key: structural ? input.key : field.key, labelsOnly: !structural },
      });
      return { ok: true as const };
    }),
  );
}

export async function deletePetitionField(db: Db, actor: Actor, petitionId: string, fieldId: string): Promise<Done | Failure> {
  return db.transaction(async (tx) => {
    const petition = await lockPetition(tx, petitionId);
    if (!petition) return fail(E.notFound);
    if (!isStructureEditable(petition.status)) return fail(E.notEditable);
    const deleted = await tx
      .delete(petitionFields)
      .where(and(eq(petitionFields.id, fieldId), eq(petitionFields.petitionId, petitionId)))
      .returning({ key: petitionFields.key });
    if (deleted.length === 0) return fail(E.notFound);
    await renumber(tx, petitionId);
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: petition.organisationId,
      action: "petition.field-remove",
      subjectType: "petition",
      subjectId: petitionId,
      details: { fieldId, key: deleted[0]!.key },
    });
    return { ok: true as const };
  });
}

async function renumber(tx: Tx, petitionId: string) {
  await tx.execute(sql`
    update petition_fields f set position = o.rn - 1
    from (select id, row_number() over (order by position, id) as rn from petition_fields where petition_id = ${petitionId}) o
    where f.id = o.id`);
}

export async function movePetitionField(db: Db, actor: Actor, petitionId: string, fieldId: string, direction: "up" | "down"): Promise<Done | Failure> {
  return db.transaction(async (tx) => {
    const petition = await lockPetition(tx, petitionId);
    if (!petition) return fail(E.notFound);
    if (!isStructureEditable(petition.status)) return fail(E.notEditable);
    await renumber(tx, petitionId);
    const fields = await tx
      .select({ id: petitionFields.id, position: petitionFields.position })
      .from(petitionFields)
      .where(eq(petitionFields.petitionId, petitionId))
      .orderBy(asc(petitionFields.position));
    const index = fields.findIndex((f) => f.id === fieldId);
    if (index === -1) return fail(E.notFound);
    const other = fields[direction === "up" ? index - 1 : index + 1];
    if (!other) return { ok: true as const };
    await tx.update(petitionFields).set({ position: other.position }).where(eq(petitionFields.id, fieldId));
    await tx.update(petitionFields).set({ position: fields[index]!.position }).where(eq(petitionFields.id, other.id));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: petition.organisationId,
      action: "petition.field-move",
      subjectType: "petition",
      subjectId: petitionId,
      details: { fieldId, direction },
    });
    return { ok: true as const };
  });
}
