import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { listMyOrganisations } from "~/lib/organisations.server";
import type { Route } from "./+types/index";

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  return { name: user.displayName, organisations: await listMyOrganisations(context.db, user.id) };
}

export default function DashboardHome({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("dashboard.home.title")} />
      <h1>{t("dashboard.home.title")}</h1>
      <p className="muted">{t("dashboard.home.welcome", { name: loaderData.name })}</p>
      <h2>{t("dashboard.home.organisations")}</h2>
      {loaderData.organisations.length === 0 ? (
        <p>{t("dashboard.home.none")}</p>
      ) : (
        <ul className="card-list">
          {loaderData.organisations.map((org) => (
            <li key={org.id} className="card">
              <h3>
                <Link to={`/dashboard/orgs/${org.slug}`}>{org.name}</Link>
              </h3>
              <p className="muted">{t(`dashboard.home.role.${org.role}`)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
