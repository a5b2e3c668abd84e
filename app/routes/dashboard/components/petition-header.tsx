import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { formatNumber } from "~/lib/format";

// The statuses whose public page exists (kept in step with PUBLIC_STATUSES in petitions.server.ts).
const PUBLIC_STATUSES = ["open", "closed", "delivered", "won"];
import type { PetitionHeaderData } from "~/lib/petition-dashboard.server";

/** Where the page sits (organisation › petition), its title, and the petition's dashboard menu. */
export function PetitionHeader({ petition, title, locale }: { petition: PetitionHeaderData; title: string; locale: string }) {
  const { t } = useTranslation();
  const base = `/dashboard/petitions/${petition.id}`;
  return (
    <header className="dashboard-header no-print">
      <p className="breadcrumb">
        {petition.organisationName} › <span lang={petition.locale}>{petition.title}</span>{" "}
        <span className="status-badge">{t("dashboard.petitionNav.status", { status: t(`petition.status.${petition.status}`) })}</span>
      </p>
      <h1>{title}</h1>
      <nav aria-label={t("dashboard.petitionNav.label")} className="petition-nav">
        <ul>
          <li>
            <NavLink to={`${base}/stats`}>{t("dashboard.petitionNav.stats")}</NavLink>
          </li>
          {petition.canEdit ? (
            <>
              <li>
                <NavLink to={`${base}/signatures`}>{t("dashboard.petitionNav.signatures")}</NavLink>
              </li>
              <li>
                <NavLink to={`${base}/review`}>
                  {petition.flagged > 0
                    ? t("dashboard.petitionNav.reviewCount", { count: petition.flagged, formatted: formatNumber(petition.flagged, locale) })
                    : t("dashboard.petitionNav.review")}
                </NavLink>
              </li>
            </>
          ) : null}
          <li>
            <NavLink to={`${base}/delivery-pack`}>{t("dashboard.petitionNav.delivery")}</NavLink>
          </li>
          {PUBLIC_STATUSES.includes(petition.status) ? (
            <li>
              <a href={`/petitions/${petition.slug}`}>{t("dashboard.petitionNav.publicPage")}</a>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}
