import { useTranslation } from "react-i18next";
import { Link, NavLink, useSearchParams } from "react-router";

/** What a redirect after a successful POST may announce (`?notice=`); anything else is ignored. */
export const NOTICES = [
  "created",
  "saved",
  "submitted",
  "approved",
  "rejected",
  "hidden",
  "unhidden",
  "closed",
  "delivered",
  "won",
  "invited",
  "roleChanged",
  "removed",
  "revoked",
  "joined",
  "alreadyMember",
  "published",
  "unpublished",
] as const;
export type NoticeName = (typeof NOTICES)[number];

export function withNotice(path: string, notice: NoticeName): string {
  return `${path}${path.includes("?") ? "&" : "?"}notice=${notice}`;
}

export function Notice() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const notice = params.get("notice");
  if (!notice || !(NOTICES as readonly string[]).includes(notice)) return null;
  return (
    <p className="notice success" role="status">
      {t(`organiser.notices.${notice}`)}
    </p>
  );
}

export interface Crumb {
  to: string;
  label: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("organiser.breadcrumbs")} className="breadcrumb">
      <ol className="crumbs">
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{item.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`petition.status.${status}`)}</span>;
}

/** The tabs shared by every page about one petition. */
export function PetitionTabs({ base, canEdit }: { base: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const tabs = [
    { to: base, label: t("organiser.petition.tabs.overview"), end: true },
    ...(canEdit
      ? [
          { to: `${base}/text`, label: t("organiser.petition.tabs.text") },
          { to: `${base}/fields`, label: t("organiser.petition.tabs.fields") },
          { to: `${base}/settings`, label: t("organiser.petition.tabs.settings") },
        ]
      : []),
    { to: `${base}/preview`, label: t("organiser.petition.tabs.preview") },
    { to: `${base}/revisions`, label: t("organiser.petition.tabs.revisions") },
  ];
  return (
    <nav aria-label={t("organiser.petition.tabs.label")} className="tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
