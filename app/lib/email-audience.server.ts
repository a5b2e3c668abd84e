import { sql, type SQL } from "drizzle-orm";
import type { Db } from "./database.server";
import type { MessageAudience } from "./email-content.server";
import { DRAINS_PER_PROCESS, wakeDrain } from "./email-delivery.server";

/**
 * Who receives a bulk message: confirmed signers who ticked "keep me updated",
 * who have not erased their data and whose address is not suppressed, in one
 * petition or a whole campaign, narrowed by country, language and verified
 * affiliation. One email per person (canonical address), in the language of
 * their most recent signature.
 */
function audienceFrom(audience: MessageAudience): SQL {
  const scope = audience.scope === "petition" && audience.petitionId
    ? sql`s.petition_id = ${audience.petitionId}`
    : sql`s.petition_id in (select id from petitions where campaign_id = ${audience.campaignId ?? null})`;
  const list = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
  return sql`
    from signatures s
    where ${scope}
      and s.status = 'confirmed' and s.updates_opt_in and s.anonymised_at is null
      and not exists (select 1 from suppressions x where x.canonical_email = s.canonical_email)
      ${audience.countries?.length ? sql`and s.country in (${list(audience.countries)})` : sql``}
      ${audience.locales?.length ? sql`and s.locale in (${list(audience.locales)})` : sql``}
      ${audience.verifiedOnly ? sql`and s.verified` : sql``}
      ${audience.targetPetitionId
        ? sql`and not exists (select 1 from signatures t where t.petition_id = ${audience.targetPetitionId} and t.canonical_email = s.canonical_email)`
        : sql``}`;
}

/** The exact number of people a message would go to right now. */
export async function countAudience(db: Pick<Db, "execute">, audience: MessageAudience): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select count(distinct s.canonical_email)::int as n ${audienceFrom(audience)}`);
  return Number(row?.n ?? 0);
}

/** Countries and languages present among a petition's or campaign's consenting signers, for the filter checkboxes. */
export async function audienceFacets(db: Db, audience: Pick<MessageAudience, "scope" | "petitionId" | "campaignId" | "targetPetitionId">) {
  const base = audienceFrom({ ...audience, countries: [], locales: [], verifiedOnly: false });
  const [countries, locales, verified] = await Promise.all([
    db.execute<{ value: string; n: number }>(sql`select s.country as value, count(distinct s.canonical_email)::int as n ${base} group by s.country order by n desc, s.country`),
    db.execute<{ value: string; n: number }>(sql`select s.locale as value, count(distinct s.canonical_email)::int as n ${base} group by s.locale order by n desc, s.locale`),
    db.execute<{ n: number }>(sql`select count(distinct s.canonical_email)::int as n ${base} and s.verified`),
  ]);
  return {
    countries: countries.map((r) => ({ value: r.value, count: Number(r.n) })),
    locales: locales.map((r) => ({ value: r.value, count: Number(r.n) })),
    verified: Number(verified[0]?.n ?? 0),
  };
}

export type FanOutResult = { status: "fanned-out"; recipients: number } | { status: "skipped"; reason: string };

/**
 * Turns a due message into delivery rows, in one transaction: either every
 * recipient gets a queued row (and drain jobs are woken) or none does, so a
 * worker dying here leaves the message 'scheduled' for the sweep to retry.
 * Running it twice is harmless: the message is no longer 'scheduled'.
 */
export async function fanOutMessage(db: Db, messageId: string): Promise<FanOutResult> {
  return db.transaction(async (tx) => {
    const [message] = await tx.execute<{ status: string; kind: string; organisation_id: string; audience: MessageAudience; scheduled_at: string | null }>(sql`
      select status, kind, organisation_id, audience, scheduled_at from email_messages where id = ${messageId} for update`);
    if (!message) return { status: "skipped" as const, reason: "no such message" };
    if (message.status !== "scheduled") return { status: "skipped" as const, reason: `status is ${message.status}` };
    await tx.execute(sql`
      insert into email_deliveries (message_id, recipient, signature_id, locale)
      select distinct on (s.canonical_email) ${messageId}::uuid, s.email, s.id, s.locale
      ${audienceFrom(message.audience)}
      order by s.canonical_email, s.confirmed_at desc
      on conflict (message_id, recipient) do nothing`);
    if (message.kind === "milestone") {
      // The organisation hears about its own milestone too (owners and editors, staff version).
      await tx.execute(sql`
        insert into email_deliveries (message_id, recipient, locale)
        select ${messageId}::uuid, u.email, coalesce((select default_locale from petitions where id = ${message.audience.petitionId ?? null}), 'en')
        from memberships m join users u on u.id = m.user_id
        where m.organisation_id = ${message.organisation_id} and m.role in ('owner', 'editor')
        on conflict (message_id, recipient) do nothing`);
    }
    const [count] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from email_deliveries where message_id = ${messageId}`);
    const recipients = Number(count?.n ?? 0);
    await tx.execute(sql`
      update email_messages set recipient_count = ${recipients},
        status = ${recipients > 0 ? "sending" : "sent"}, sent_at = ${recipients > 0 ? null : sql`now()`}
      where id = ${messageId}`);
    // Several drains, so a big message's batches go out in parallel (at the shared rate).
    const drains = Math.min(DRAINS_PER_PROCESS, Math.ceil(recipients / 100));
    for (let i = 0; i < drains; i++) await wakeDrain(tx);
    return { status: "fanned-out" as const, recipients };
  });
}

/** Scheduled messages whose time has come but whose job did not run (its worker died): the sweep fans them out. */
export async function fanOutOverdueMessages(db: Db, graceMs = 60_000): Promise<number> {
  const due = await db.execute<{ id: string }>(sql`
    select id from email_messages where status = 'scheduled' and scheduled_at <= now() - make_interval(secs => ${graceMs / 1000})`);
  let done = 0;
  for (const { id } of due) if ((await fanOutMessage(db, id)).status === "fanned-out") done++;
  return done;
}
