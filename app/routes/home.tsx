import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { listPublishedExplainers } from "~/lib/explainers.server";
import { formatNumber } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { listOpenPetitions } from "~/lib/petitions.server";
import type { Route } from "./+types/home";

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  const [explainers, petitions] = await Promise.all([
    listPublishedExplainers(context.db, locale),
    listOpenPetitions(context.db, locale),
  ]);
  return { locale, explainers, petitions };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, explainers, petitions } = loaderData;
  return (
    <>
      <PageTitle description={t("home.lead")} />
      <section className="hero">
        <h1>{t("home.title")}</h1>
        <p className="lead">{t("home.lead")}</p>
      </section>

      <section id="petitions" aria-labelledby="petitions-heading">
        <h2 id="petitions-heading">{t("home.petitionsHeading")}</h2>
        {petitions.length === 0 ? (
          <p>{t("home.noPetitions")}</p>
        ) : (
          <ul className="card-list">
            {petitions.map((petition) => (
              <li key={petition.slug} className="card">
                <h3>
                  <Link to={`/petitions/${petition.slug}`}>{petition.title}</Link>
                </h3>
                <p>{petition.ask}</p>
                <p className="count">
                  {t("home.signatures", {
                    count: petition.signatureCount,
                    formatted: formatNumber(petition.signatureCount, locale),
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="learn-heading">
        <h2 id="learn-heading">{t("home.learnHeading")}</h2>
        <ul className="card-list">
          {explainers.map((explainer) => (
            <li key={explainer.slug} className="card">
              <h3>
                <Link to={`/explainers/${explainer.slug}`}>{explainer.title}</Link>
              </h3>
              <p>{explainer.summary}</p>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/explainers">{t("home.learnAll")}</Link>
        </p>
      </section>
    </>
  );
}
