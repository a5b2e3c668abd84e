import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { countryName, isCountryCode } from "~/lib/countries";
import { decodeCursor, listSignatures, requireDashboardPetition } from "~/lib/petition-dashboard.server";
import { SIGNATURE_STATES } from "~/lib/signature-states";
import dashboardStyles from "~/styles/dashboard.css?url";
import { describeFlagReason, formatDateTime } from "./components/format";
import { PetitionHeader } from "./components/petition-header";
import type { Route } from "./+types/petition-signatures";

const SearchSchema = z.object({
  q: z.string().trim().max(200, "dashboard.signatures.errors.tooLong").optional(),
  state: z.enum(SIGNATURE_STATES, { error: "dashboard.signatures.errors.state" }).optional(),
  after: z.string().max(200).optional(),
  before: z.string().max(200).optional(),
});

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

// Names, emails and answers are personal data: editors and owners only.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { locale, header } = await requireDashboardPetition(request, context, params.petitionId, "editor");
  const submission = parseWithZod(new URL(request.url).searchParams, { schema: SearchSchema });
  if (submission.status !== "success") {
    return data({ locale, header, result: submission.reply(), filter: {} as { q?: string; state?: string }, page: null }, { status: 400 });
  }
  const { q, state, after, before } = submission.value;
  const cursor = decodeCursor(before ?? after);
  const page = await listSignatures(context.db, params.petitionId, { query: q, state, locale }, { cursor, direction: before ? "newer" : "older" });
  return {
    locale,
    header,
    result: undefined,
    filter: { q, state },
    page: {
      ...page,
      isFirst: page.newerCursor === null,
      rows: page.rows.map((r) => ({ ...r, countryName: isCountryCode(r.country) ? countryName(r.country, locale) : r.country })),
    },
  };
}

function pageLink(filter: { q?: string; state?: string }, cursor: { after?: string; before?: string }): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.state) params.set("state", filter.state);
  if (cursor.after) params.set("after", cursor.after);
  if (cursor.before) params.set("before", cursor.before);
  const query = params.toString();
  return query ? `?${query}` : "?";
}

export default function PetitionSignatures({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, header, page, filter } = loaderData;
  const [form, fields] = useForm<z.input<typeof SearchSchema>>({
    id: "signature-search",
    lastResult: loaderData.result,
    defaultValue: filter,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SearchSchema }),
  });
  const base = `/dashboard/petitions/${header.id}`;
  return (
    <div className="dashboard-page">
      <PageTitle title={`${t("dashboard.signatures.title")} · ${header.title}`} />
      <PetitionHeader petition={header} title={t("dashboard.signatures.title")} locale={locale} />

      <section aria-labelledby="search-heading">
        <h2 id="search-heading" className="visually-hidden">
          {t("dashboard.signatures.searchHeading")}
        </h2>
        <Form method="get" {...getFormProps(form)} className="filter-form" role="search">
          <div className="field grow">
            <label htmlFor={fields.q.id}>{t("dashboard.signatures.query")}</label>
            <input {...getInputProps(fields.q, { type: "search" })} aria-describedby={`${fields.q.id}-hint ${fields.q.errors ? fields.q.errorId : ""}`.trim()} />
            <p id={`${fields.q.id}-hint`} className="hint">
              {t("dashboard.signatures.queryHint")}
            </p>
            {fields.q.errors ? <p className="field-error" id={fields.q.errorId}>{t(fields.q.errors[0]!)}</p> : null}
          </div>
          <div className="field">
            <label htmlFor={fields.state.id}>{t("dashboard.signatures.state")}</label>
            <select {...getSelectProps(fields.state)}>
              <option value="">{t("dashboard.signatures.anyState")}</option>
              {SIGNATURE_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`dashboard.states.${s}`)}
                </option>
              ))}
            </select>
            {fields.state.errors ? <p className="field-error" id={fields.state.errorId}>{t(fields.state.errors[0]!)}</p> : null}
          </div>
          <div className="inline-actions">
            <button type="submit" className="button-primary">
              {t("dashboard.signatures.submit")}
            </button>
            <Link to={`${base}/signatures`} className="button-secondary">
              {t("dashboard.signatures.clear")}
            </Link>
          </div>
        </Form>
      </section>

      {page ? (
        page.rows.length === 0 ? (
          <p>{t("dashboard.signatures.empty")}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="signatures-caption">
            <table className="data-table">
              <caption id="signatures-caption">{t("dashboard.signatures.tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.signatures.name")}</th>
                  <th scope="col">{t("dashboard.signatures.email")}</th>
                  <th scope="col">{t("dashboard.signatures.country")}</th>
                  <th scope="col">{t("dashboard.signatures.state")}</th>
                  <th scope="col">{t("dashboard.signatures.verified")}</th>
                  <th scope="col">{t("dashboard.signatures.source")}</th>
                  <th scope="col">{t("dashboard.signatures.created")}</th>
                  <th scope="col">{t("dashboard.signatures.confirmed")}</th>
                  <th scope="col">{t("dashboard.signatures.flagReason")}</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <Link to={`${base}/signatures/${row.id}`}>{row.anonymised ? t("dashboard.signatures.anonymised") : row.fullName}</Link>
                    </td>
                    <td className="wrap-anywhere">{row.anonymised ? "" : row.email}</td>
                    <td>{row.countryName}</td>
                    <td>{t(`dashboard.states.${row.status}`)}</td>
                    <td>{row.verified ? t("dashboard.common.yes") : t("dashboard.common.no")}</td>
                    <td>{[row.source, row.utmSource].filter(Boolean).join(" · ") || t("dashboard.common.none")}</td>
                    <td>{formatDateTime(row.createdAt, locale)}</td>
                    <td>{row.confirmedAt ? formatDateTime(row.confirmedAt, locale) : t("dashboard.common.none")}</td>
                    <td>{describeFlagReason(row.flagReason, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}

      {page ? (
        <nav className="pager" aria-label={t("dashboard.signatures.pager")}>
          {!page.isFirst ? <Link to={pageLink(filter, {})}>{t("dashboard.signatures.newest")}</Link> : null}
          {page.newerCursor ? (
            <Link to={pageLink(filter, { before: page.newerCursor })} rel="prev">
              {t("dashboard.signatures.newer")}
            </Link>
          ) : null}
          {page.olderCursor ? (
            <Link to={pageLink(filter, { after: page.olderCursor })} rel="next">
              {t("dashboard.signatures.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t("dashboard.signatures.exportHeading")}</h2>
        <p>
          <a href={`${base}/export.csv`} download>
            {t("dashboard.signatures.exportLink")}
          </a>
        </p>
        <p className="hint">{t("dashboard.signatures.exportHint")}</p>
      </section>
    </div>
  );
}
