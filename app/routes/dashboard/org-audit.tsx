import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { requireOrgRole } from "~/lib/authorization.server";
import { decodeAuditCursor, findOrganisationBySlug, listAuditLog } from "~/lib/audit-view.server";
import { detectLocale } from "~/lib/i18n.server";
import dashboardStyles from "~/styles/dashboard.css?url";
import { formatDateTime } from "./components/format";
import type { Route } from "./+types/org-audit";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

// Who did what to whom is for the organisation's owners (and platform admins) only.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const organisation = await findOrganisationBySlug(context.db, params.orgSlug);
  if (!organisation) throw new Response("Not found", { status: 404 });
  await requireOrgRole(context.db, user, organisation.id, "owner");
  const cursor = decodeAuditCursor(new URL(request.url).searchParams.get("after"));
  const [locale, page] = await Promise.all([detectLocale(request), listAuditLog(context.db, organisation.id, cursor)]);
  return { locale, organisation, isFirst: cursor === null, ...page };
}

export default function OrgAudit({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, organisation, rows } = loaderData;
  return (
    <div className="dashboard-page">
      <PageTitle title={`${t("dashboard.audit.title")} · ${organisation.name}`} />
      <p className="breadcrumb">{organisation.name}</p>
      <h1>{t("dashboard.audit.title")}</h1>
      <p className="muted">{t("dashboard.audit.lead", { organisation: organisation.name })}</p>
      {rows.length === 0 ? (
        <p>{t("dashboard.audit.empty")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="audit-caption">
          <table className="data-table">
            <caption id="audit-caption">{t("dashboard.audit.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.audit.time")}</th>
                <th scope="col">{t("dashboard.audit.actor")}</th>
                <th scope="col">{t("dashboard.audit.action")}</th>
                <th scope="col">{t("dashboard.audit.subject")}</th>
                <th scope="col">{t("dashboard.audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{formatDateTime(row.createdAt, locale)}</td>
                  <td className="wrap-anywhere">{row.actorName ? `${row.actorName} (${row.actorEmail})` : t("dashboard.audit.noActor")}</td>
                  <td>
                    <code>{row.action}</code>
                  </td>
                  <td className="wrap-anywhere">
                    {row.subjectType}
                    {row.subjectId ? ` ${row.subjectId}` : ""}
                  </td>
                  <td>
                    {Object.keys(row.details).length > 0 ? <pre className="details-json">{JSON.stringify(row.details, null, 2)}</pre> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label={t("dashboard.audit.pager")}>
        {!loaderData.isFirst ? <Link to="?">{t("dashboard.audit.newest")}</Link> : null}
        {loaderData.nextCursor ? (
          <Link to={`?after=${loaderData.nextCursor}`} rel="next">
            {t("dashboard.audit.older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
