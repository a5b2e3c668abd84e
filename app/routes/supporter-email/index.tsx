import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { formatDate, formatNumber } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { createDraft, listMessages, listSendTargets, type DraftTarget } from "~/lib/supporter-updates.server";
import type { Route } from "./+types/index";
import { FormError } from "./ui/parts";
import { readForm } from "~/lib/form-data.server";

const NewDraftSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("update"),
    target: z.string({ error: "supporterEmail.index.errors.target" }).regex(/^(campaign|petition):[0-9a-f-]{36}$/, "supporterEmail.index.errors.target"),
  }),
  z.object({ intent: z.literal("carry-over"), petitionId: z.uuid("supporterEmail.index.errors.target") }),
]);

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  const [targets, messages] = await Promise.all([listSendTargets(context.db, user, locale), listMessages(context.db, user, locale)]);
  return { locale, targets, messages };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const submission = parseWithZod(await readForm(request), { schema: NewDraftSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const value = submission.value;
  let target: DraftTarget;
  if (value.intent === "carry-over") target = { kind: "carry-over", targetPetitionId: value.petitionId };
  else {
    const [type, id] = value.target.split(":") as ["campaign" | "petition", string];
    target = type === "campaign" ? { kind: "update", campaignId: id } : { kind: "update", petitionId: id };
  }
  const id = await createDraft(context.db, user, target, await detectLocale(request));
  return redirect(`/dashboard/email/messages/${id}/edit`, 303);
}

export default function SupporterEmailIndex({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { targets, messages, locale } = loaderData;
  const error = actionData?.result?.error ? Object.values(actionData.result.error)[0]?.[0] : undefined;
  const petitions = targets.flatMap((c) => c.petitions.map((p) => ({ ...p, campaignTitle: c.campaignTitle })));
  return (
    <>
      <PageTitle title={t("supporterEmail.index.title")} />
      <h1>{t("supporterEmail.index.title")}</h1>
      <p className="lead">{t("supporterEmail.index.lead")}</p>
      <FormError message={error ? t(error) : null} />
      {targets.length === 0 ? (
        <p>{t("supporterEmail.index.noTargets")}</p>
      ) : (
        <div className="compose-starters">
          <Form method="post" className="stack-form card">
            <h2>{t("supporterEmail.index.write")}</h2>
            <input type="hidden" name="intent" value="update" />
            <div className="field">
              <label htmlFor="new-target">{t("supporterEmail.index.target")}</label>
              <select id="new-target" name="target" required>
                {targets.map((c) => (
                  <optgroup key={c.campaignId} label={`${c.organisationName} — ${c.campaignTitle}`}>
                    <option value={`campaign:${c.campaignId}`}>{t("supporterEmail.index.wholeCampaign", { title: c.campaignTitle })}</option>
                    {c.petitions.map((p) => (
                      <option key={p.id} value={`petition:${p.id}`}>
                        {t("supporterEmail.index.petition", { title: p.title })}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <button type="submit" className="button-primary">
              {t("supporterEmail.index.start")}
            </button>
          </Form>
          {petitions.length > 0 ? (
            <Form method="post" className="stack-form card">
              <h2>{t("supporterEmail.index.carryOver")}</h2>
              <p className="hint">{t("supporterEmail.index.carryOverLead")}</p>
              <input type="hidden" name="intent" value="carry-over" />
              <div className="field">
                <label htmlFor="carry-over-petition">{t("supporterEmail.index.carryOverTarget")}</label>
                <select id="carry-over-petition" name="petitionId" required>
                  {petitions.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title} ({p.campaignTitle})
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button-secondary">
                {t("supporterEmail.index.carryOverStart")}
              </button>
            </Form>
          ) : null}
        </div>
      )}
      <h2>{t("supporterEmail.index.messages")}</h2>
      {messages.length === 0 ? (
        <p>{t("supporterEmail.index.none")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("supporterEmail.index.subject")}</th>
              <th scope="col">{t("supporterEmail.index.kind")}</th>
              <th scope="col">{t("supporterEmail.index.status")}</th>
              <th scope="col" className="num">
                {t("supporterEmail.index.recipients")}
              </th>
              <th scope="col">{t("supporterEmail.index.created")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link to={m.status === "draft" ? `/dashboard/email/messages/${m.id}/edit` : `/dashboard/email/messages/${m.id}`}>
                    {m.subject || t("supporterEmail.index.untitled")}
                  </Link>
                  <br />
                  <span className="muted">{m.petitionTitle ?? m.campaignTitle}</span>
                </td>
                <td>{t(`supporterEmail.kinds.${m.kind}`)}</td>
                <td>{t(`supporterEmail.statuses.${m.status}`)}</td>
                <td className="num">{m.recipientCount === null ? "—" : formatNumber(m.recipientCount, locale)}</td>
                <td>{formatDate(m.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
