import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireAdmin } from "~/lib/auth.server";
import { formatDate } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { getModerationQueue, type ModerationItem } from "~/lib/moderation.server";
import { Notice, StatusBadge } from "../organiser/ui/page-parts";
import type { Route } from "./+types/queue";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  const locale = await detectLocale(request);
  return { locale, ...(await getModerationQueue(context.db, locale)) };
}

function PetitionTable({ items, caption, locale }: { items: ModerationItem[]; caption: string; locale: string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("organiser.org.petition")}</th>
          <th scope="col">{t("organiser.admin.organisation")}</th>
          <th scope="col">{t("organiser.org.status")}</th>
          <th scope="col">{t("organiser.petition.submittedAt")}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>
              <Link to={`/admin/petitions/${item.id}`}>{item.title}</Link>
            </td>
            <td>{item.organisationName}</td>
            <td>
              <StatusBadge status={item.status} />
            </td>
            <td>{item.submittedAt ? formatDate(item.submittedAt, locale) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function ModerationQueue({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { pending, published, locale } = loaderData;
  return (
    <>
      <PageTitle title={t("organiser.admin.title")} />
      <h1>{t("organiser.admin.title")}</h1>
      <Notice />
      <p>
        <Link to="/admin/explainers">{t("organiser.admin.explainersLink")}</Link>
      </p>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">{t("organiser.admin.queue")}</h2>
        {pending.length === 0 ? <p>{t("organiser.admin.queueEmpty")}</p> : <PetitionTable items={pending} caption={t("organiser.admin.queue")} locale={locale} />}
      </section>
      <section aria-labelledby="published-heading">
        <h2 id="published-heading">{t("organiser.admin.published")}</h2>
        <p className="muted">{t("organiser.admin.publishedLead")}</p>
        {published.length === 0 ? (
          <p>{t("organiser.admin.publishedEmpty")}</p>
        ) : (
          <PetitionTable items={published} caption={t("organiser.admin.published")} locale={locale} />
        )}
      </section>
    </>
  );
}
