import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireAdmin } from "~/lib/auth.server";
import { listExplainersForEditing } from "~/lib/explainer-editor.server";
import { detectLocale } from "~/lib/i18n.server";
import { Breadcrumbs } from "../organiser/ui/page-parts";
import type { Route } from "./+types/explainers";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireAdmin(request, context);
  const locale = await detectLocale(request);
  return { explainers: await listExplainersForEditing(context.db, locale) };
}

export default function AdminExplainers({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("organiser.explainers.title")} />
      <Breadcrumbs items={[{ to: "/admin", label: t("organiser.admin.title") }]} />
      <h1>{t("organiser.explainers.title")}</h1>
      <p>{t("organiser.explainers.lead")}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t("organiser.explainers.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("organiser.explainers.explainer")}</th>
            <th scope="col">{t("organiser.org.status")}</th>
            <th scope="col">{t("organiser.petition.languages")}</th>
          </tr>
        </thead>
        <tbody>
          {loaderData.explainers.map((e) => (
            <tr key={e.id}>
              <td>
                <Link to={`/admin/explainers/${e.id}`}>{e.title}</Link>
              </td>
              <td>{t(`organiser.explainers.status.${e.status}`)}</td>
              <td>{e.locales.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
