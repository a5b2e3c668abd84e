import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import type { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { requireAdmin } from "~/lib/auth.server";
import { formatDate, formatNumber } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { approvePetition, getPetitionForReview, hidePetition, rejectPetition, unhidePetition } from "~/lib/moderation.server";
import { E, ReasonSchema } from "~/lib/organiser-schemas";
import { FormErrors, TextArea, failureReply, languageName } from "../organiser/ui/form-fields";
import { Breadcrumbs, Notice, StatusBadge, withNotice } from "../organiser/ui/page-parts";
import type { Route } from "./+types/petition-review";
import { readForm } from "~/lib/form-data.server";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  const locale = await detectLocale(request);
  return { locale, ...(await getPetitionForReview(context.db, params.petitionId, locale)) };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const admin = await requireAdmin(request, context);
  const submission = parseWithZod(await readForm(request), { schema: ReasonSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { intent, reason } = submission.value;
  const { db, env } = context;
  const id = params.petitionId;
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Response("Not found", { status: 404 });
  const result =
    intent === "approve"
      ? await approvePetition(db, admin, id, env.APP_URL, reason)
      : intent === "reject"
        ? await rejectPetition(db, admin, id, reason, env.APP_URL)
        : intent === "hide"
          ? await hidePetition(db, admin, id, reason, env.APP_URL)
          : await unhidePetition(db, admin, id, reason, env.APP_URL);
  if (!result.ok) return data({ result: failureReply(submission, result) }, { status: result.message === E.wrongStatus ? 409 : 400 });
  const notice = intent === "approve" ? "approved" : intent === "reject" ? "rejected" : intent === "hide" ? "hidden" : "unhidden";
  return redirect(withNotice(intent === "approve" || intent === "reject" ? "/admin" : `/admin/petitions/${id}`, notice), 303);
}

export default function PetitionReview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { petition, organisation, locale, transitions } = loaderData;
  const [form, fields] = useForm<z.input<typeof ReasonSchema>>({ id: "decision", lastResult: actionData?.result, shouldValidate: "onBlur" });
  const dateOrDash = (d: Date | null) => (d ? formatDate(d, locale) : "—");
  return (
    <>
      <PageTitle title={t("organiser.admin.reviewTitle", { title: petition.title })} />
      <Breadcrumbs items={[{ to: "/admin", label: t("organiser.admin.title") }]} />
      <h1>{t("organiser.admin.reviewTitle", { title: petition.title })}</h1>
      <Notice />
      <dl className="meta-list">
        <div>
          <dt>{t("organiser.admin.organisation")}</dt>
          <dd>{organisation.name}</dd>
        </div>
        <div>
          <dt>{t("organiser.admin.campaign")}</dt>
          <dd>{loaderData.campaignTitle}</dd>
        </div>
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
          <dt>{t("organiser.petition.submittedAt")}</dt>
          <dd>{dateOrDash(petition.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t("organiser.settings.goal")}</dt>
          <dd>{petition.goal ? `${formatNumber(petition.goal, locale)} (${t(`organiser.settings.goal_${petition.goalFixed ? "fixed" : "automatic"}`)})` : t("organiser.settings.goal_automatic")}</dd>
        </div>
        <div>
          <dt>{t("organiser.settings.paper")}</dt>
          <dd>{formatNumber(petition.paperSignatures, locale)}</dd>
        </div>
        <div>
          <dt>{t("organiser.settings.opensAt")}</dt>
          <dd>{dateOrDash(petition.opensAt)}</dd>
        </div>
        <div>
          <dt>{t("organiser.settings.closesAt")}</dt>
          <dd>{dateOrDash(petition.closesAt)}</dd>
        </div>
        <div>
          <dt>{t("organiser.settings.domains")}</dt>
          <dd>{petition.verifiedDomains.join(", ") || "—"}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/dashboard/orgs/${organisation.slug}/petitions/${petition.id}/preview`}>{t("organiser.admin.openPreview")}</Link>
      </p>
      {petition.rejectionReason ? (
        <p className="notice">
          {t("organiser.admin.lastReason")} {petition.rejectionReason}
        </p>
      ) : null}

      {transitions.length > 0 ? (
        <section aria-labelledby="decision-heading" className="decision-box">
          <h2 id="decision-heading">{t("organiser.admin.decisionHeading")}</h2>
          <Form method="post" {...getFormProps(form)} className="stack-form">
            <FormErrors form={form} />
            <TextArea meta={fields.reason} label={t("organiser.admin.reason")} hint={t("organiser.admin.reasonHint")} rows={3} />
            <div className="button-row">
              {transitions.map((name) => (
                <button key={name} type="submit" name="intent" value={name} className={name === "approve" || name === "unhide" ? "button-primary" : "button-secondary"}>
                  {t(`organiser.admin.actions.${name}`)}
                </button>
              ))}
            </div>
          </Form>
        </section>
      ) : null}

      {loaderData.translations.map((text) => (
        <section key={text.locale} aria-labelledby={`text-${text.locale}`} className="card" lang={text.locale}>
          <h2 id={`text-${text.locale}`} lang={locale}>
            {languageName(text.locale, locale)}
          </h2>
          <h3>{text.title}</h3>
          <p className="target">{t("petition.to", { target: text.target })}</p>
          <p className="lead">{text.ask}</p>
          <div className="prose" dangerouslySetInnerHTML={{ __html: text.html }} />
        </section>
      ))}
      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t("organiser.signerFields.heading")}</h2>
        {loaderData.fields.length === 0 ? <p>{t("organiser.signerFields.none")}</p> : null}
        <ul>
          {loaderData.fields.map((f) => (
            <li key={f.key}>
              <code>{f.key}</code> — {t(`organiser.signerFields.kinds.${f.kind}`)}
              {f.required ? `, ${t("organiser.signerFields.requiredShort")}` : ""}
              {f.isPublic ? `, ${t("organiser.signerFields.publicShort")}` : ""}: {Object.entries(f.labels).map(([l, text]) => `${l}: ${text}`).join(" · ")}
              {f.options.length > 0 ? <> ({f.options.map((o) => o.labels[petition.defaultLocale] ?? o.value).join(", ")})</> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
