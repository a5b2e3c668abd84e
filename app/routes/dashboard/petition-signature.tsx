import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { countryName, isCountryCode } from "~/lib/countries";
import { requireDashboardPetition } from "~/lib/petition-dashboard.server";
import { getSignatureDetail, reviewSignature } from "~/lib/signature-review.server";
import { DECISION_FROM_STATES, REVIEW_DECISIONS } from "~/lib/signature-states";
import dashboardStyles from "~/styles/dashboard.css?url";
import { describeFlagReason, formatDateTime } from "./components/format";
import { PetitionHeader } from "./components/petition-header";
import type { Route } from "./+types/petition-signature";
import { readForm } from "~/lib/form-data.server";

const DecisionSchema = z.object({
  decision: z.enum(REVIEW_DECISIONS, { error: "dashboard.review.errors.decision" }),
});

const DoneSchema = z.object({ done: z.enum(REVIEW_DECISIONS).optional() });

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { locale, header, petition } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const signature = await getSignatureDetail(context.db, params.petitionId, params.signatureId);
  if (!signature) throw new Response("Not found", { status: 404 });
  const done = DoneSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    locale,
    header,
    done: done.success ? (done.data.done ?? null) : null,
    signature: { ...signature, countryName: isCountryCode(signature.country) ? countryName(signature.country, locale) : signature.country },
    fields: petition.fields.map((f) => ({ key: f.key, label: f.labels[locale] ?? f.labels[petition.locale] ?? f.key })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, petition } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const submission = parseWithZod(await readForm(request), { schema: DecisionSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await reviewSignature(context.db, petition.id, params.signatureId, submission.value.decision, {
    userId: user.id,
    organisationId: petition.organisationId,
  });
  if (!outcome.ok && outcome.reason === "not-found") throw new Response("Not found", { status: 404 });
  if (!outcome.ok) return data({ result: submission.reply({ formErrors: ["dashboard.signature.notAllowed"] }) }, { status: 409 });
  return redirect(`/dashboard/petitions/${petition.id}/signatures/${params.signatureId}?done=${submission.value.decision}`, 303);
}

export default function PetitionSignature({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, header, signature, done } = loaderData;
  const none = t("dashboard.common.none");
  const yesNo = (value: boolean) => (value ? t("dashboard.common.yes") : t("dashboard.common.no"));
  const title = signature.anonymised ? t("dashboard.signature.erasedTitle") : t("dashboard.signature.title", { name: signature.fullName });
  const formError = actionData?.result?.error?.[""]?.[0];
  const canAccept = DECISION_FROM_STATES.accept.includes(signature.status);
  const canInvalidate = DECISION_FROM_STATES.invalidate.includes(signature.status);
  const base = `/dashboard/petitions/${header.id}`;
  return (
    <div className="dashboard-page">
      <PageTitle title={`${title} · ${header.title}`} />
      <PetitionHeader petition={header} title={title} locale={locale} />
      {done ? (
        <p className="success" role="status">
          {t(`dashboard.signature.done.${done}`, { state: t(`dashboard.states.${signature.status}`) })}
        </p>
      ) : null}
      {formError ? (
        <p className="form-error" role="alert">
          {t(formError)}
        </p>
      ) : null}
      <p>
        <Link to={`${base}/signatures`}>{t("dashboard.signature.back")}</Link>
        {" · "}
        <Link to={`${base}/review`}>{t("dashboard.signature.backToQueue")}</Link>
      </p>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t("dashboard.signature.detailsHeading")}</h2>
        <dl className="meta-list">
          <div>
            <dt>{t("dashboard.signatures.state")}</dt>
            <dd>{t(`dashboard.states.${signature.status}`)}</dd>
          </div>
          {signature.flagReason ? (
            <div>
              <dt>{t("dashboard.signatures.flagReason")}</dt>
              <dd>{describeFlagReason(signature.flagReason, t)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("dashboard.signatures.name")}</dt>
            <dd>{signature.anonymised ? t("dashboard.signatures.anonymised") : signature.fullName}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signatures.email")}</dt>
            <dd>{signature.anonymised ? none : signature.email}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signatures.country")}</dt>
            <dd>{signature.countryName}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signatures.postcode")}</dt>
            <dd>{(!signature.anonymised && signature.postcode) || none}</dd>
          </div>
          {!signature.anonymised
            ? loaderData.fields.map((field) => (
                <div key={field.key}>
                  <dt>{field.label}</dt>
                  <dd>{signature.customFields[field.key] ?? none}</dd>
                </div>
              ))
            : null}
          <div>
            <dt>{t("dashboard.signatures.verified")}</dt>
            <dd>{yesNo(signature.verified)}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signature.showName")}</dt>
            <dd>{yesNo(signature.showName)}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signature.updatesOptIn")}</dt>
            <dd>{yesNo(signature.updatesOptIn)}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signature.locale")}</dt>
            <dd>{signature.locale}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signature.channel")}</dt>
            <dd>{signature.channel}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signatures.source")}</dt>
            <dd>{signature.source ?? none}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signature.utm")}</dt>
            <dd>{Object.entries(signature.utm).map(([k, v]) => `${k}=${v}`).join(", ") || none}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signature.ipHash")}</dt>
            <dd className="ip-hash">{signature.ipHash ?? none}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signatures.created")}</dt>
            <dd>{formatDateTime(signature.createdAt, locale)}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signatures.confirmed")}</dt>
            <dd>{signature.confirmedAt ? formatDateTime(signature.confirmedAt, locale) : none}</dd>
          </div>
          <div>
            <dt>{t("dashboard.signature.reviewed")}</dt>
            <dd>
              {signature.reviewedAt
                ? t("dashboard.signature.reviewedBy", { time: formatDateTime(signature.reviewedAt, locale), name: signature.reviewedBy ?? none })
                : none}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t("dashboard.signature.decisionHeading")}</h2>
        {canAccept ? (
          <Form method="post" className="stack-form">
            <p className="hint">{t("dashboard.signature.acceptHint")}</p>
            <button type="submit" name="decision" value="accept" className="button-primary">
              {t("dashboard.signature.accept")}
            </button>
          </Form>
        ) : null}
        {canInvalidate ? (
          <Form method="post" className="stack-form">
            <p className="hint">{t("dashboard.signature.invalidateHint")}</p>
            <button type="submit" name="decision" value="invalidate" className="button-danger">
              {t("dashboard.signature.invalidate")}
            </button>
          </Form>
        ) : (
          <p>{t("dashboard.signature.noDecision")}</p>
        )}
      </section>
    </div>
  );
}
