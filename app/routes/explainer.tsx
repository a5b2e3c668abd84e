import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { getPublishedExplainer } from "~/lib/explainers.server";
import { formatDate } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import type { Route } from "./+types/explainer";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  const explainer = await getPublishedExplainer(context.db, params.slug, locale);
  if (!explainer) throw new Response("Not found", { status: 404 });
  return { locale, explainer };
}

export default function Explainer({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, explainer } = loaderData;
  return (
    <article className="explainer" lang={explainer.locale}>
      <PageTitle title={explainer.title} description={explainer.summary} />
      <p className="breadcrumb">
        <Link to="/explainers">{t("explainers.backToIndex")}</Link>
      </p>
      <h1>{explainer.title}</h1>
      {explainer.isFallback ? (
        <p className="notice" lang={locale}>
          {t("explainers.notTranslated", { language: t(`language.${explainer.locale}`, explainer.locale) })}
        </p>
      ) : null}
      <p className="lead">{explainer.summary}</p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: explainer.html }} />
      <section aria-labelledby="sources-heading" className="sources">
        <h2 id="sources-heading">{t("explainers.sources")}</h2>
        <ol>
          {explainer.sources.map((source) => (
            <li key={`${source.publisher}-${source.title}`}>
              {source.publisher}, {source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}
              {source.year ? ` (${source.year})` : null}
            </li>
          ))}
        </ol>
        <p className="muted" lang={locale}>
          {t("explainers.lastUpdated", { date: formatDate(explainer.updatedAt, locale) })}
        </p>
      </section>
    </article>
  );
}
