import { sql } from "drizzle-orm";
import type { PetitionOutcome } from "../../emails/petition-outcome";
import { currentGoal } from "./counting.server";
import type { Db } from "./database.server";
import type { MessageAudience } from "./email-content.server";
import { enqueueJob } from "./jobs.server";

/** Two-key advisory lock class for "one automatic message per petition at a time". */
const PETITION_EMAIL_LOCK_CLASS = 727_275;
/** Outcome emails are sent only for changes this recent, never for petitions that closed long ago. */
const OUTCOME_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The highest goal rung a total has reached, walking the same ladder the
 * petition page shows (see currentGoal): 0 when the first rung is not reached.
 */
export function highestRungReached(total: number, goal: number | null, goalFixed: boolean): number {
  let reached = 0;
  let rung = currentGoal(0, goal, goalFixed);
  while (rung <= total) {
    reached = rung;
    const next = currentGoal(rung, goal, goalFixed);
    if (next <= rung) break;
    rung = next;
  }
  return reached;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Creates an automatic bulk message (milestone or outcome) for a petition,
 * scheduled now, unless one for the same event exists. Serialised per
 * petition, so two workers noticing the same event create one message.
 */
async function createPetitionMessage(
  db: Db,
  petitionId: string,
  kind: "milestone" | "outcome",
  audience: MessageAudience,
  exists: (tx: Tx) => Promise<boolean>,
  subject: string,
): Promise<string | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${PETITION_EMAIL_LOCK_CLASS}, hashtext(${petitionId}))`);
    if (await exists(tx)) return null;
    const [row] = await tx.execute<{ id: string }>(sql`
      insert into email_messages (organisation_id, campaign_id, petition_id, kind, subject, body_markdown, audience, status, scheduled_at)
      select c.organisation_id, c.id, p.id, ${kind}, ${subject}, '', ${JSON.stringify(audience)}::jsonb, 'scheduled', now()
      from petitions p join campaigns c on c.id = p.campaign_id where p.id = ${petitionId}
      returning id`);
    if (!row) return null;
    await enqueueJob(tx, "send-message", { messageId: row.id }, { jobKey: `send-message/${row.id}` });
    return row.id;
  });
}

/**
 * Compares each open petition's count (online plus paper, as displayed) with
 * the last milestone emailed and queues a message for the highest rung newly
 * passed. Several rungs passed at once give one email, for the highest.
 */
export async function detectMilestones(db: Db): Promise<string[]> {
  const rows = await db.execute<{ id: string; goal: number | null; goal_fixed: boolean; total: number; last: number | null }>(sql`
    select p.id, p.goal, p.goal_fixed, coalesce(pc.total, 0) + p.paper_signatures as total,
      (select max((m.audience->>'milestone')::int) from email_messages m where m.petition_id = p.id and m.kind = 'milestone') as last
    from petitions p left join petition_counts pc on pc.petition_id = p.id
    where p.status = 'open'`);
  const created: string[] = [];
  for (const row of rows) {
    const reached = highestRungReached(Number(row.total), row.goal, row.goal_fixed);
    if (reached === 0 || reached <= Number(row.last ?? 0)) continue;
    const id = await createPetitionMessage(
      db,
      row.id,
      "milestone",
      { scope: "petition", petitionId: row.id, milestone: reached },
      async (tx) => {
        const [last] = await tx.execute<{ n: number | null }>(sql`
          select max((audience->>'milestone')::int) as n from email_messages where petition_id = ${row.id} and kind = 'milestone'`);
        return Number(last?.n ?? 0) >= reached;
      },
      `Milestone: ${reached} signatures`,
    );
    if (id) created.push(id);
  }
  return created;
}

/**
 * Queues the "closed / delivered / won" email for a petition, once per
 * outcome. Organiser code may call it when it changes a petition's status;
 * detectOutcomes catches the changes nobody announced (a closing date passing).
 */
export async function queuePetitionOutcomeEmail(db: Db, petitionId: string, outcome: PetitionOutcome): Promise<string | null> {
  const [count] = await db.execute<{ total: number }>(sql`
    select coalesce((select total from petition_counts where petition_id = ${petitionId}), 0) + paper_signatures as total
    from petitions where id = ${petitionId}`);
  if (!count) return null;
  return createPetitionMessage(
    db,
    petitionId,
    "outcome",
    { scope: "petition", petitionId, outcome, count: Number(count.total) },
    async (tx) => {
      const [row] = await tx.execute<{ any: boolean }>(sql`
        select exists (select 1 from email_messages where petition_id = ${petitionId} and kind = 'outcome' and audience->>'outcome' = ${outcome}) as any`);
      return Boolean(row?.any);
    },
    `Petition ${outcome}`,
  );
}

/** Petitions that recently closed (by status or by their closing date), were delivered or won, and have not said so yet. */
export async function detectOutcomes(db: Db): Promise<string[]> {
  const rows = await db.execute<{ id: string; outcome: PetitionOutcome }>(sql`
    select p.id, case when p.status = 'open' then 'closed' else p.status end as outcome
    from petitions p
    where ((p.status in ('closed', 'delivered', 'won') and greatest(p.updated_at, p.delivered_at) > now() - make_interval(secs => ${OUTCOME_WINDOW_MS / 1000}))
        or (p.status = 'open' and p.closes_at <= now() and p.closes_at > now() - make_interval(secs => ${OUTCOME_WINDOW_MS / 1000})))
      and not exists (select 1 from email_messages m where m.petition_id = p.id and m.kind = 'outcome'
                      and m.audience->>'outcome' = case when p.status = 'open' then 'closed' else p.status end)`);
  const created: string[] = [];
  for (const row of rows) {
    const id = await queuePetitionOutcomeEmail(db, row.id, row.outcome);
    if (id) created.push(id);
  }
  return created;
}
