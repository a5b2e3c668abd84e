import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { formatNumber } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { getDashboard } from "~/lib/organisations.server";
import { Notice, StatusBadge } from "../organiser/ui/page-parts";
import type { Route } from "./+types/index";

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  return { name: user.displayName, locale, ...(await getDashboard(context.db, user.id, locale)) };
}

export default function DashboardHome({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisations, locale } = loaderData;
  return (
    <>
      <PageTitle title={t("dashboard.home.title")} />
      <h1>{t("dashboard.home.title")}</h1>
      <Notice />
      <p className="muted">{t("dashboard.home.welcome", { name: loaderData.name })}</p>
      <h2>{t("dashboard.home.organisations")}</h2>
      {organisations.length === 0 ? <p>{t("dashboard.home.none")}</p> : null}
      <ul className="card-list">
        {organisations.map((org) => (
          <li key={org.id} className="card">
            <h3>
              <Link to={`/dashboard/orgs/${org.slug}`}>{org.name}</Link>
            </h3>
            <p className="muted">{t(`dashboard.home.role.${org.role}`)}</p>
            {org.petitions.length === 0 ? (
              <p>{t("organiser.org.noPetitionsYet")}</p>
            ) : (
              <ul className="petition-list">
                {org.petitions.map((p) => (
                  <li key={p.id}>
                    <Link to={`/dashboard/orgs/${org.slug}/petitions/${p.id}`}>{p.title}</Link> <StatusBadge status={p.status} />{" "}
                    <span className="muted">{t("home.signatures", { count: p.signatureCount, formatted: formatNumber(p.signatureCount, locale) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <h2>{t("organiser.orgNew.title")}</h2>
      {loaderData.emailVerified ? (
        <p>
          <Link to="/dashboard/orgs/new">{t("organiser.orgNew.link")}</Link>
        </p>
      ) : (
        <p>
          {t("organiser.orgNew.verifyFirst")} <Link to="/account">{t("organiser.orgNew.verifyLink")}</Link>
        </p>
      )}
    </>
  );
}
