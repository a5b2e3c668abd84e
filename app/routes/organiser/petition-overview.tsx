import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { roleAllows } from "~/lib/authorization.server";
import { formatDate, formatNumber } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { allowedTransitions, closePetition, deliverPetition, markPetitionWon, submitPetition } from "~/lib/moderation.server";
import { DeliverSchema, E, WonSchema } from "~/lib/organiser-schemas";
import { getPetitionEditor, requireOrgPetition } from "~/lib/petition-editor.server";
import { PUBLIC_STATUSES } from "~/lib/petitions.server";
import type { Route } from "./+types/petition-overview";
import { FormErrors, TextArea, TextInput, failureReply } from "./ui/form-fields";
import { Breadcrumbs, Notice, PetitionTabs, StatusBadge, withNotice } from "./ui/page-parts";
import { readForm } from "~/lib/form-data.server";

const StatusChangeSchema = z.discriminatedUnion("intent", [z.object({ intent: z.literal("submit") }), z.object({ intent: z.literal("close") }), DeliverSchema, WonSchema], {
  error: E.choice,
});
const ORGANISER_TRANSITIONS = ["submit", "close", "deliver", "won"] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { organisation, role } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "viewer");
  const locale = await detectLocale(request);
  const editor = await getPetitionEditor(context.db, params.petitionId, locale);
  const canEdit = role === "admin" || roleAllows(role, "editor");
  const transitions = canEdit ? allowedTransitions(editor.petition.status).filter((n) => (ORGANISER_TRANSITIONS as readonly string[]).includes(n)) : [];
  const { petition } = editor;
  return {
    locale,
    organisation,
    campaign: editor.campaign,
    canEdit,
    transitions,
    signatureCount: editor.signatureCount,
    isPublic: (PUBLIC_STATUSES as readonly string[]).includes(petition.status),
    petition: {
      id: petition.id,
      slug: petition.slug,
      status: petition.status,
      title: petition.title,
      submittedAt: petition.submittedAt,
      reviewedAt: petition.reviewedAt,
      rejectionReason: petition.rejectionReason,
      deliveredAt: petition.deliveredAt,
      outcomeNote: petition.outcomeNote,
      languages: editor.translations.map((tr) => tr.locale),
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const submission = parseWithZod(await readForm(request), { schema: StatusChangeSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const value = submission.value;
  const id = params.petitionId;
  const result =
    value.intent === "submit"
      ? await submitPetition(context.db, user, id)
      : value.intent === "close"
        ? await closePetition(context.db, user, id)
        : value.intent === "deliver"
          ? await deliverPetition(context.db, user, id, { deliveredAt: value.deliveredOn, outcomeNote: value.outcomeNote })
          : await markPetitionWon(context.db, user, id, { outcomeNote: value.outcomeNote });
  if (!result.ok) return data({ result: failureReply(submission, result) }, { status: result.message === E.wrongStatus ? 409 : 400 });
  const notice = value.intent === "submit" ? "submitted" : value.intent === "close" ? "closed" : value.intent === "deliver" ? "delivered" : "won";
  return redirect(withNotice(`/dashboard/orgs/${organisation.slug}/petitions/${id}`, notice), 303);
}

export default function PetitionOverview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisation, campaign, petition, locale, transitions } = loaderData;
  const intent = (actionData?.result.initialValue as { intent?: string } | undefined)?.intent;
  const [deliverForm, deliverFields] = useForm<z.input<typeof DeliverSchema>>({ id: "deliver", lastResult: intent === "deliver" ? actionData?.result : undefined });
  const [wonForm, wonFields] = useForm<z.input<typeof WonSchema>>({ id: "won", lastResult: intent === "won" ? actionData?.result : undefined });
  const [simpleForm] = useForm({ id: "status", lastResult: intent === "submit" || intent === "close" || !intent ? actionData?.result : undefined });
  const base = `/dashboard/orgs/${organisation.slug}`;
  return (
    <>
      <PageTitle title={petition.title} />
      <Breadcrumbs
        items={[
          { to: "/dashboard", label: t("organiser.dashboard") },
          { to: base, label: organisation.name },
          ...(loaderData.canEdit ? [{ to: `${base}/campaigns/${campaign.id}`, label: campaign.title }] : []),
        ]}
      />
      <h1>{petition.title}</h1>
      <Notice />
      <PetitionTabs base={`${base}/petitions/${petition.id}`} canEdit={loaderData.canEdit} />
      <dl className="meta-list">
        <div>
          <dt>{t("organiser.org.status")}</dt>
          <dd>
            <StatusBadge status={petition.status} />
          </dd>
        </div>
        <div>
          <dt>{t("organiser.org.signatures")}</dt>
          <dd>{formatNumber(loaderData.signatureCount, locale)}</dd>
        </div>
        <div>
          <dt>{t("organiser.petition.languages")}</dt>
          <dd>{petition.languages.join(", ")}</dd>
        </div>
        {petition.submittedAt ? (
          <div>
            <dt>{t("organiser.petition.submittedAt")}</dt>
            <dd>{formatDate(petition.submittedAt, locale)}</dd>
          </div>
        ) : null}
        {petition.deliveredAt ? (
          <div>
            <dt>{t("organiser.petition.deliveredAt")}</dt>
            <dd>{formatDate(petition.deliveredAt, locale)}</dd>
          </div>
        ) : null}
        {petition.outcomeNote ? (
          <div>
            <dt>{t("organiser.petition.outcomeNote")}</dt>
            <dd>{petition.outcomeNote}</dd>
          </div>
        ) : null}
      </dl>
      <ul className="link-list">
        {loaderData.isPublic ? (
          <li>
            <Link to={`/petitions/${petition.slug}`}>{t("organiser.petition.publicPage")}</Link>
          </li>
        ) : null}
        <li>
          <Link to={`/dashboard/petitions/${petition.id}/stats`}>{t("organiser.petition.statsLink")}</Link>
        </li>
      </ul>
      {petition.status === "pending" ? <p className="notice">{t("organiser.petition.pendingNotice")}</p> : null}
      {petition.rejectionReason && (petition.status === "rejected" || petition.status === "hidden") ? (
        <div className="notice">
          <p>{t(petition.status === "rejected" ? "organiser.petition.rejectedNotice" : "organiser.petition.hiddenNotice")}</p>
          <blockquote>{petition.rejectionReason}</blockquote>
        </div>
      ) : null}

      {transitions.length > 0 ? (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">{t("organiser.petition.statusHeading")}</h2>
          <Form method="post" {...getFormProps(simpleForm)} className="button-row">
            <FormErrors form={simpleForm} />
            {transitions.includes("submit") ? (
              <button type="submit" name="intent" value="submit" className="button-primary">
                {t("organiser.petition.submit")}
              </button>
            ) : null}
            {transitions.includes("close") ? (
              <button type="submit" name="intent" value="close" className="button-secondary">
                {t("organiser.petition.close")}
              </button>
            ) : null}
          </Form>
          {transitions.includes("submit") ? <p className="hint">{t("organiser.petition.submitHint")}</p> : null}
          {transitions.includes("deliver") ? (
            <Form method="post" {...getFormProps(deliverForm)} className="stack-form outcome-form">
              <h3>{t("organiser.petition.deliverHeading")}</h3>
              <FormErrors form={deliverForm} />
              <input type="hidden" name="intent" value="deliver" />
              <TextInput meta={deliverFields.deliveredOn} type="date" label={t("organiser.petition.deliveredOn")} />
              <TextArea meta={deliverFields.outcomeNote} label={t("organiser.petition.outcomeNote")} hint={t("organiser.petition.outcomeNoteHint")} rows={3} />
              <button type="submit" className="button-secondary">
                {t("organiser.petition.deliver")}
              </button>
            </Form>
          ) : null}
          {transitions.includes("won") ? (
            <Form method="post" {...getFormProps(wonForm)} className="stack-form outcome-form">
              <h3>{t("organiser.petition.wonHeading")}</h3>
              <FormErrors form={wonForm} />
              <input type="hidden" name="intent" value="won" />
              <TextArea meta={wonFields.outcomeNote} label={t("organiser.petition.outcomeNoteOptional")} hint={t("organiser.petition.outcomeNoteHint")} rows={3} />
              <button type="submit" className="button-secondary">
                {t("organiser.petition.markWon")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
