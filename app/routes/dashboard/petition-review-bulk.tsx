import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { PageTitle } from "~/components/page-title";
import { formatNumber } from "~/lib/format";
import { requireDashboardPetition } from "~/lib/petition-dashboard.server";
import { applyBulkReview, previewBulkReview, type BulkFilter } from "~/lib/signature-review.server";
import dashboardStyles from "~/styles/dashboard.css?url";
import { BulkReviewForm, type BulkReviewDefaults } from "./components/bulk-review-form";
import { BulkReviewSchema, bulkReviewParams, formatUtcInput, type BulkReviewInput } from "./components/bulk-review-schema";
import { formatDateTime } from "./components/format";
import { PetitionHeader } from "./components/petition-header";
import type { Route } from "./+types/petition-review-bulk";
import { readForm } from "~/lib/form-data.server";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

function toFilter(input: BulkReviewInput): BulkFilter {
  return {
    ipHash: input.ip,
    domain: input.domain,
    from: input.from,
    to: input.to,
    // Accepting only ever applies to held signatures, whatever else was ticked.
    states: input.decision === "accept" ? ["flagged"] : input.states,
  };
}

function defaultsFrom(params: URLSearchParams | FormData): BulkReviewDefaults {
  const text = (key: string) => {
    const value = params.get(key);
    return typeof value === "string" ? value : "";
  };
  return {
    decision: text("decision"),
    ip: text("ip"),
    domain: text("domain"),
    from: text("from"),
    to: text("to"),
    states: params.getAll("states").filter((v): v is string => typeof v === "string"),
  };
}

// A preview only counts, but it is the first step of a change: editors and owners only, like the change.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { locale, header } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const searchParams = new URL(request.url).searchParams;
  const submission = parseWithZod(searchParams, { schema: BulkReviewSchema });
  if (submission.status !== "success") {
    return data({ locale, header, result: submission.reply(), defaults: defaultsFrom(searchParams), preview: null }, { status: 400 });
  }
  const input = submission.value;
  const filter = toFilter(input);
  const preview = await previewBulkReview(context.db, params.petitionId, input.decision, filter);
  return {
    locale,
    header,
    result: undefined,
    defaults: defaultsFrom(searchParams),
    preview: {
      ...preview,
      decision: input.decision,
      ip: input.ip ?? null,
      domain: input.domain ?? null,
      from: input.from ? formatUtcInput(input.from) : null,
      to: input.to ? formatUtcInput(input.to) : null,
      fromIso: input.from?.toISOString() ?? null,
      toIso: input.to?.toISOString() ?? null,
      states: filter.states,
      changeLink: `?${bulkReviewParams(input)}`,
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, petition } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: BulkReviewSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), defaults: defaultsFrom(formData) }, { status: 400 });
  const input = submission.value;
  const changed = await applyBulkReview(context.db, petition.id, input.decision, toFilter(input), { userId: user.id, organisationId: petition.organisationId }, input.previewed ?? null);
  return redirect(`/dashboard/petitions/${petition.id}/review?done=${input.decision}&changed=${changed}`, 303);
}

export default function PetitionReviewBulk({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, header, preview } = loaderData;
  const base = `/dashboard/petitions/${header.id}`;
  const result = actionData?.result ?? loaderData.result;
  return (
    <div className="dashboard-page">
      <PageTitle title={`${t("dashboard.bulk.title")} · ${header.title}`} />
      <PetitionHeader petition={header} title={t("dashboard.bulk.title")} locale={locale} />
      {preview && !actionData ? (
        <>
          <p className="big-count" role="status">
            {preview.count === 0
              ? t("dashboard.bulk.nothing")
              : t(preview.decision === "accept" ? "dashboard.bulk.willAccept" : "dashboard.bulk.willInvalidate", {
                  count: preview.count,
                  formatted: formatNumber(preview.count, locale),
                })}
          </p>
          {preview.decision === "accept" && preview.emailConfirmed > 0 ? (
            <p>{t("dashboard.bulk.acceptIncludesConfirmed", { count: preview.emailConfirmed })}</p>
          ) : null}
          <h2>{t("dashboard.bulk.criteria")}</h2>
          <dl className="meta-list">
            {preview.ip ? (
              <div>
                <dt>{t("dashboard.review.ip")}</dt>
                <dd className="ip-hash">{preview.ip}</dd>
              </div>
            ) : null}
            {preview.domain ? (
              <div>
                <dt>{t("dashboard.review.domain")}</dt>
                <dd>{preview.domain}</dd>
              </div>
            ) : null}
            {preview.fromIso ? (
              <div>
                <dt>{t("dashboard.review.from")}</dt>
                <dd>{formatDateTime(preview.fromIso, locale)}</dd>
              </div>
            ) : null}
            {preview.toIso ? (
              <div>
                <dt>{t("dashboard.review.to")}</dt>
                <dd>{formatDateTime(preview.toIso, locale)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t("dashboard.review.states")}</dt>
              <dd>{preview.states.map((s) => t(`dashboard.states.${s}`)).join(", ")}</dd>
            </div>
          </dl>
          {preview.count > 0 ? (
            <Form method="post" className="stack-form">
              <p className="hint">{t("dashboard.bulk.countNote")}</p>
              <input type="hidden" name="decision" value={preview.decision} />
              {preview.ip ? <input type="hidden" name="ip" value={preview.ip} /> : null}
              {preview.domain ? <input type="hidden" name="domain" value={preview.domain} /> : null}
              {preview.from ? <input type="hidden" name="from" value={preview.from} /> : null}
              {preview.to ? <input type="hidden" name="to" value={preview.to} /> : null}
              {preview.states.map((s) => (
                <input type="hidden" name="states" value={s} key={s} />
              ))}
              <input type="hidden" name="previewed" value={preview.count} />
              <button type="submit" className={preview.decision === "accept" ? "button-primary" : "button-danger"}>
                {preview.decision === "accept" ? t("dashboard.bulk.confirmAccept") : t("dashboard.bulk.confirmInvalidate")}
              </button>
            </Form>
          ) : null}
          <p>
            <Link to={`${base}/review${preview.changeLink}#bulk`}>{t("dashboard.bulk.change")}</Link>
          </p>
        </>
      ) : (
        <BulkReviewForm action={`${base}/review/bulk`} defaultValue={actionData?.defaults ?? loaderData.defaults} lastResult={result} />
      )}
    </div>
  );
}
