import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { roleAllows } from "~/lib/authorization.server";
import { formatDate, formatNumber } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { getPetitionEditor, listRevisions, requireOrgPetition } from "~/lib/petition-editor.server";
import type { Route } from "./+types/petition-revisions";
import { Breadcrumbs, PetitionTabs } from "./ui/page-parts";

const TEXT_KEYS = ["title", "target", "ask", "bodyMarkdown"] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { organisation, role } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "viewer");
  const locale = await detectLocale(request);
  const [editor, revisions] = await Promise.all([getPetitionEditor(context.db, params.petitionId, locale), listRevisions(context.db, params.petitionId)]);
  return {
    locale,
    organisation,
    canEdit: role === "admin" || roleAllows(role, "editor"),
    petition: { id: editor.petition.id, title: editor.petition.title },
    revisions: revisions.map((r) => ({
      ...r,
      changes: TEXT_KEYS.filter((key) => (r.before[key] ?? "") !== (r.after[key] ?? "")).map((key) => ({ key, before: r.before[key] ?? "", after: r.after[key] ?? "" })),
    })),
  };
}

export default function PetitionRevisions({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisation, petition, revisions, locale } = loaderData;
  const base = `/dashboard/orgs/${organisation.slug}`;
  return (
    <>
      <PageTitle title={t("organiser.revisions.title", { title: petition.title })} />
      <Breadcrumbs
        items={[
          { to: "/dashboard", label: t("organiser.dashboard") },
          { to: base, label: organisation.name },
        ]}
      />
      <h1>{t("organiser.revisions.title", { title: petition.title })}</h1>
      <PetitionTabs base={`${base}/petitions/${petition.id}`} canEdit={loaderData.canEdit} />
      <p>{t("organiser.revisions.lead")}</p>
      {revisions.length === 0 ? <p>{t("organiser.revisions.none")}</p> : null}
      {revisions.map((revision) => (
        <article key={revision.id} className="card revision" aria-labelledby={`revision-${revision.id}`}>
          <h2 id={`revision-${revision.id}`}>
            {t("organiser.revisions.heading", { date: formatDate(revision.createdAt, locale), language: revision.locale })}
          </h2>
          <p className="muted">
            {t("organiser.revisions.meta", {
              editor: revision.editorName ?? t("organiser.revisions.unknownEditor"),
              count: revision.signatureCount,
              formatted: formatNumber(revision.signatureCount, locale),
            })}
          </p>
          <p>
            <strong>{t("organiser.revisions.reason")}</strong> {revision.reason ?? t("organiser.revisions.noReason")}
          </p>
          {revision.changes.map((change) => (
            <div key={change.key} className="revision-change">
              <h3>{t(`organiser.revisions.fields.${change.key}`)}</h3>
              <div className="before-after">
                <div>
                  <p className="muted">{t("organiser.revisions.before")}</p>
                  <div className="text-block" lang={revision.locale}>{change.before || "—"}</div>
                </div>
                <div>
                  <p className="muted">{t("organiser.revisions.after")}</p>
                  <div className="text-block" lang={revision.locale}>{change.after}</div>
                </div>
              </div>
            </div>
          ))}
        </article>
      ))}
    </>
  );
}
