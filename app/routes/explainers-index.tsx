import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { listPublishedExplainers } from "~/lib/explainers.server";
import { detectLocale } from "~/lib/i18n.server";
import type { Route } from "./+types/explainers-index";

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  return { explainers: await listPublishedExplainers(context.db, locale) };
}

export default function ExplainersIndex({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("explainers.indexTitle")} description={t("explainers.indexLead")} />
      <h1>{t("explainers.indexTitle")}</h1>
      <p className="lead">{t("explainers.indexLead")}</p>
      <ol className="card-list">
        {loaderData.explainers.map((explainer) => (
          <li key={explainer.slug} className="card" lang={explainer.locale}>
            <h2>
              <Link to={`/explainers/${explainer.slug}`}>{explainer.title}</Link>
            </h2>
            <p>{explainer.summary}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
