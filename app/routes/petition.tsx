import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { formatNumber } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { getPublicPetition } from "~/lib/petitions.server";
import type { Route } from "./+types/petition";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  const petition = await getPublicPetition(context.db, params.slug, locale);
  if (!petition) throw new Response("Not found", { status: 404 });
  return { locale, petition };
}

export default function Petition({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, petition } = loaderData;
  return (
    <article className="petition" lang={petition.locale}>
      <PageTitle title={petition.title} description={petition.ask} />
      <p className="status-badge">{t(`petition.status.${petition.status}`)}</p>
      <h1>{petition.title}</h1>
      <p className="target">{t("petition.to", { target: petition.target })}</p>
      <p className="lead">{petition.ask}</p>
      <p className="count" lang={locale}>
        <strong>
          {t("petition.signatures", {
            count: petition.signatureCount,
            formatted: formatNumber(petition.signatureCount, locale),
          })}
        </strong>{" "}
        {t("petition.countries", { count: petition.countryCount })}
      </p>
      <div className="prose" dangerouslySetInnerHTML={{ __html: petition.html }} />
      {petition.relatedExplainers.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t("petition.learnMore")}</h2>
          <ul>
            {petition.relatedExplainers.map((explainer) => (
              <li key={explainer.slug}>
                <Link to={`/explainers/${explainer.slug}`}>{explainer.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
