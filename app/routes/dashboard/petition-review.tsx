import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { countryName, isCountryCode } from "~/lib/countries";
import { formatNumber } from "~/lib/format";
import { decodeCursor, listSignatures, requireDashboardPetition } from "~/lib/petition-dashboard.server";
import { listFlagGroups, reviewSignature } from "~/lib/signature-review.server";
import { REVIEW_DECISIONS } from "~/lib/signature-states";
import dashboardStyles from "~/styles/dashboard.css?url";
import { BulkReviewForm } from "./components/bulk-review-form";
import { bulkReviewParams } from "./components/bulk-review-schema";
import { describeFlagReason, formatDateTime } from "./components/format";
import { PetitionHeader } from "./components/petition-header";
import type { Route } from "./+types/petition-review";
import { readForm } from "~/lib/form-data.server";

const ReviewOneSchema = z.object({
  signatureId: z.uuid({ error: "dashboard.review.errors.decision" }),
  decision: z.enum(REVIEW_DECISIONS, { error: "dashboard.review.errors.decision" }),
  after: z.string().max(200).optional(),
});

const QueueQuerySchema = z.object({
  after: z.string().max(200).optional(),
  before: z.string().max(200).optional(),
  done: z.enum(REVIEW_DECISIONS).optional(),
  changed: z.coerce.number().int().min(0).optional(),
  reviewed: z.enum(REVIEW_DECISIONS).optional(),
});

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { locale, header } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const url = new URL(request.url);
  const parsed = QueueQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  const query = parsed.success ? parsed.data : {};
  const cursor = decodeCursor(query.before ?? query.after);
  const [page, groups] = await Promise.all([
    listSignatures(context.db, params.petitionId, { state: "flagged", locale }, { cursor, direction: query.before ? "newer" : "older" }),
    listFlagGroups(context.db, params.petitionId),
  ]);
  // "Change the criteria" comes back here with the bulk form's last values in the URL.
  const bulkDefaults = {
    decision: url.searchParams.get("decision") ?? "invalidate",
    ip: url.searchParams.get("ip") ?? "",
    domain: url.searchParams.get("domain") ?? "",
    from: url.searchParams.get("from") ?? "",
    to: url.searchParams.get("to") ?? "",
    states: url.searchParams.getAll("states").length > 0 ? url.searchParams.getAll("states") : ["flagged"],
  };
  return {
    locale,
    header,
    notice: query.done && query.changed !== undefined ? { decision: query.done, changed: query.changed } : null,
    reviewed: query.reviewed ?? null,
    after: query.after ?? null,
    page: { ...page, rows: page.rows.map((r) => ({ ...r, countryName: isCountryCode(r.country) ? countryName(r.country, locale) : r.country })) },
    groups,
    bulkDefaults,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { user, petition } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const submission = parseWithZod(await readForm(request), { schema: ReviewOneSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { signatureId, decision, after } = submission.value;
  const outcome = await reviewSignature(context.db, petition.id, signatureId, decision, { userId: user.id, organisationId: petition.organisationId });
  if (!outcome.ok && outcome.reason === "not-found") throw new Response("Not found", { status: 404 });
  if (!outcome.ok) return data({ result: submission.reply({ formErrors: ["dashboard.signature.notAllowed"] }) }, { status: 409 });
  const next = new URLSearchParams({ reviewed: decision });
  if (after) next.set("after", after);
  return redirect(`/dashboard/petitions/${petition.id}/review?${next}`, 303);
}

export default function PetitionReview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, header, page, groups, notice } = loaderData;
  const base = `/dashboard/petitions/${header.id}`;
  const formError = actionData?.result?.error?.[""]?.[0];
  const groupLink = (decision: "accept" | "invalidate", criterion: { ip?: string; domain?: string }) =>
    `${base}/review/bulk?${bulkReviewParams({ decision, ...criterion, states: ["flagged"] })}`;
  return (
    <div className="dashboard-page">
      <PageTitle title={`${t("dashboard.review.title")} · ${header.title}`} />
      <PetitionHeader petition={header} title={t("dashboard.review.title")} locale={locale} />
      {notice ? (
        <p className="success" role="status">
          {t(`dashboard.review.done.${notice.decision}`, { count: notice.changed })}
        </p>
      ) : null}
      {loaderData.reviewed ? (
        <p className="success" role="status">
          {t(`dashboard.review.reviewed.${loaderData.reviewed}`)}
        </p>
      ) : null}
      {formError ? (
        <p className="form-error" role="alert">
          {t(formError)}
        </p>
      ) : null}
      <p className="muted">{t("dashboard.review.lead")}</p>

      {page.rows.length === 0 ? (
        <p>{t("dashboard.review.empty")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="queue-caption">
          <table className="data-table">
            <caption id="queue-caption">{t("dashboard.review.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.signatures.name")}</th>
                <th scope="col">{t("dashboard.signatures.email")}</th>
                <th scope="col">{t("dashboard.signatures.country")}</th>
                <th scope="col">{t("dashboard.review.reason")}</th>
                <th scope="col">{t("dashboard.signatures.created")}</th>
                <th scope="col">{t("dashboard.signatures.confirmed")}</th>
                <th scope="col">{t("dashboard.signature.ipHash")}</th>
                <th scope="col">{t("dashboard.review.decision")}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id} id={`signature-${row.id}`}>
                  <td>
                    <Link to={`${base}/signatures/${row.id}`}>{row.anonymised ? t("dashboard.signatures.anonymised") : row.fullName}</Link>
                  </td>
                  <td className="wrap-anywhere">{row.anonymised ? "" : row.email}</td>
                  <td>{row.countryName}</td>
                  <td>{describeFlagReason(row.flagReason, t)}</td>
                  <td>{formatDateTime(row.createdAt, locale)}</td>
                  <td>{row.confirmedAt ? formatDateTime(row.confirmedAt, locale) : t("dashboard.common.none")}</td>
                  <td className="ip-hash">{row.ipHash ?? t("dashboard.common.none")}</td>
                  <td>
                    <Form method="post" className="inline-actions">
                      <input type="hidden" name="signatureId" value={row.id} />
                      {loaderData.after ? <input type="hidden" name="after" value={loaderData.after} /> : null}
                      <button type="submit" name="decision" value="accept" className="button-secondary button-small" aria-label={t("dashboard.review.acceptLabel", { name: row.fullName })}>
                        {t("dashboard.review.acceptOne")}
                      </button>
                      <button type="submit" name="decision" value="invalidate" className="button-danger button-small" aria-label={t("dashboard.review.invalidateLabel", { name: row.fullName })}>
                        {t("dashboard.review.invalidateOne")}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label={t("dashboard.signatures.pager")}>
        {page.newerCursor ? (
          <Link to={`?before=${page.newerCursor}`} rel="prev">
            {t("dashboard.signatures.newer")}
          </Link>
        ) : null}
        {page.olderCursor ? (
          <Link to={`?after=${page.olderCursor}`} rel="next">
            {t("dashboard.signatures.older")}
          </Link>
        ) : null}
      </nav>

      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading">{t("dashboard.review.groupsHeading")}</h2>
        {groups.ips.length === 0 && groups.domains.length === 0 ? (
          <p>{t("dashboard.review.noGroups")}</p>
        ) : (
          <div className="table-pair">
            {(
              [
                ["ip", t("dashboard.review.byIp"), groups.ips],
                ["domain", t("dashboard.review.byDomain"), groups.domains],
              ] as const
            ).map(([kind, caption, rows]) =>
              rows.length === 0 ? null : (
                <table className="data-table" key={kind}>
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("dashboard.review.group")}</th>
                      <th scope="col" className="num">{t("dashboard.review.count")}</th>
                      <th scope="col">{t("dashboard.review.decision")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((group) => (
                      <tr key={group.value}>
                        <td className={kind === "ip" ? "ip-hash" : undefined}>{group.value}</td>
                        <td className="num">{formatNumber(group.count, locale)}</td>
                        <td>
                          <span className="inline-actions">
                            <Link to={groupLink("accept", { [kind]: group.value })}>{t("dashboard.review.acceptOne")}</Link>
                            <Link to={groupLink("invalidate", { [kind]: group.value })}>{t("dashboard.review.invalidateOne")}</Link>
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ),
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="bulk-heading" id="bulk">
        <h2 id="bulk-heading">{t("dashboard.review.bulkHeading")}</h2>
        <p className="muted">{t("dashboard.review.bulkLead")}</p>
        <BulkReviewForm action={`${base}/review/bulk`} defaultValue={loaderData.bulkDefaults} />
      </section>
    </div>
  );
}
