import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { roleAllows } from "~/lib/authorization.server";
import { formatNumber } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { getOrganisationOverview, requireOrganisation } from "~/lib/organisations.server";
import type { Route } from "./+types/org-overview";
import { Breadcrumbs, Notice, StatusBadge } from "./ui/page-parts";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { organisation, role } = await requireOrganisation(context.db, user, params.orgSlug, "viewer");
  const locale = await detectLocale(request);
  const overview = await getOrganisationOverview(context.db, organisation.id, locale);
  const effective = role === "admin" ? "owner" : role;
  return {
    locale,
    organisation,
    role,
    canEdit: roleAllows(effective, "editor"),
    canManage: roleAllows(effective, "owner"),
    ...overview,
  };
}

export default function OrganisationOverview({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisation, campaigns, members, locale } = loaderData;
  const base = `/dashboard/orgs/${organisation.slug}`;
  return (
    <>
      <PageTitle title={organisation.name} />
      <Breadcrumbs items={[{ to: "/dashboard", label: t("organiser.dashboard") }]} />
      <h1>{organisation.name}</h1>
      <Notice />
      <p className="muted">{t(`organiser.roles.${loaderData.role}`)}</p>
      <section aria-labelledby="campaigns-heading">
        <h2 id="campaigns-heading">{t("organiser.org.campaigns")}</h2>
        {loaderData.canEdit ? (
          <p>
            <Link to={`${base}/campaigns/new`}>{t("organiser.org.newCampaign")}</Link>
          </p>
        ) : null}
        {campaigns.length === 0 ? <p>{t("organiser.org.noCampaigns")}</p> : null}
        {campaigns.map((campaign) => (
          <article key={campaign.id} className="card campaign-card" aria-labelledby={`campaign-${campaign.id}`}>
            <h3 id={`campaign-${campaign.id}`}>
              {loaderData.canEdit ? <Link to={`${base}/campaigns/${campaign.id}`}>{campaign.title}</Link> : campaign.title}
            </h3>
            <p className="muted">{t(`organiser.campaign.status.${campaign.status}`)}</p>
            {campaign.petitions.length === 0 ? (
              <p>{t("organiser.org.noPetitions")}</p>
            ) : (
              <table className="data-table">
                <caption className="visually-hidden">{t("organiser.org.petitionsOf", { campaign: campaign.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("organiser.org.petition")}</th>
                    <th scope="col">{t("organiser.org.status")}</th>
                    <th scope="col" className="num">
                      {t("organiser.org.signatures")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {campaign.petitions.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <Link to={`${base}/petitions/${p.id}`}>{p.title}</Link>
                      </td>
                      <td>
                        <StatusBadge status={p.status} />
                      </td>
                      <td className="num">{formatNumber(p.signatureCount, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {loaderData.canEdit ? (
              <p>
                <Link to={`${base}/campaigns/${campaign.id}/petitions/new`}>{t("organiser.org.newPetition")}</Link>
              </p>
            ) : null}
          </article>
        ))}
      </section>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t("organiser.org.members")}</h2>
        <ul>
          {members.map((m) => (
            <li key={m.userId}>
              {m.displayName} — {t(`organiser.roles.${m.role}`)}
            </li>
          ))}
        </ul>
        {loaderData.canManage ? (
          <p>
            <Link to={`${base}/members`}>{t("organiser.org.manageMembers")}</Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
