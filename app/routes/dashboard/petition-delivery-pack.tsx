import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/page-title";
import { getDeliveryPack } from "~/lib/delivery-pack.server";
import { formatNumber } from "~/lib/format";
import { requireDashboardPetition } from "~/lib/petition-dashboard.server";
import dashboardStyles from "~/styles/dashboard.css?url";
import { formatDateTime } from "./components/format";
import { PetitionHeader } from "./components/petition-header";
import type { Route } from "./+types/petition-delivery-pack";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

// Only what is public already (the wall of names, the counts), so viewers may prepare it too.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { locale, petition, header } = await requireDashboardPetition(request, context, params.petitionId, "viewer");
  return { locale, header, pack: await getDeliveryPack(context.db, petition, locale) };
}

export default function PetitionDeliveryPack({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, header, pack } = loaderData;
  const n = (value: number) => formatNumber(value, locale);
  return (
    <div className="dashboard-page">
      <PageTitle title={`${t("dashboard.delivery.title")} · ${header.title}`} />
      <PetitionHeader petition={header} title={t("dashboard.delivery.title")} locale={locale} />
      <p className="notice no-print">{t("dashboard.delivery.printHint")}</p>

      <article className="delivery-pack" aria-labelledby="pack-title">
        <section lang={pack.text.locale} aria-labelledby="pack-title">
          <h2 id="pack-title" className="pack-title">
            {pack.text.title}
          </h2>
          <p className="target" lang={locale}>
            {t("dashboard.delivery.to", { target: pack.text.target })}
          </p>
          <p className="lead">{pack.text.ask}</p>
          <div className="prose" dangerouslySetInnerHTML={{ __html: pack.text.html }} />
        </section>

        <section aria-labelledby="pack-totals">
          <h2 id="pack-totals">{t("dashboard.delivery.totalsHeading")}</h2>
          <dl className="pack-figures">
            <dt>{t("dashboard.delivery.total")}</dt>
            <dd>{n(pack.totals.total)}</dd>
            <dt>{t("dashboard.delivery.online")}</dt>
            <dd>{n(pack.totals.online)}</dd>
            {pack.totals.paper > 0 ? (
              <>
                <dt>{t("dashboard.delivery.paper")}</dt>
                <dd>
                  {n(pack.totals.paper)}
                  {pack.totals.paperNote ? ` (${pack.totals.paperNote})` : ""}
                </dd>
              </>
            ) : null}
            <dt>{t("dashboard.delivery.verified")}</dt>
            <dd>{n(pack.totals.verified)}</dd>
            <dt>{t("dashboard.delivery.countries")}</dt>
            <dd>{n(pack.totals.countryCount)}</dd>
          </dl>
          {pack.verifiedDomains.length > 0 ? <p>{t("dashboard.delivery.verifiedDomains", { domains: pack.verifiedDomains.join(", ") })}</p> : null}
          <p className="muted">{t("dashboard.delivery.asOf", { date: formatDateTime(pack.generatedAt, locale) })}</p>
        </section>

        {pack.countries.length > 0 ? (
          <section aria-labelledby="pack-countries">
            <h2 id="pack-countries">{t("dashboard.delivery.byCountry")}</h2>
            <table className="data-table country-table">
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.delivery.country")}</th>
                  <th scope="col" className="num">{t("dashboard.delivery.signatures")}</th>
                </tr>
              </thead>
              <tbody>
                {pack.countries.map((c) => (
                  <tr key={c.country}>
                    <td>{c.name}</td>
                    <td className="num">{n(c.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}

        <section aria-labelledby="pack-signatories" className="pack-section-break">
          <h2 id="pack-signatories">{t("dashboard.delivery.signatoriesHeading")}</h2>
          {pack.namedTotal === 0 ? (
            <p>{t("dashboard.delivery.none")}</p>
          ) : (
            <>
              <p>{t("dashboard.delivery.signatoriesLead", { count: pack.namedTotal, formatted: n(pack.namedTotal) })}</p>
              <ul className="signatories">
                {pack.signatories.map((s, i) => (
                  <li key={i}>
                    <strong>{s.name}</strong>
                    {s.verified ? <span className="verified-badge"> ✓ {t("dashboard.delivery.verifiedMark")}</span> : null}
                    <br />
                    <span className="muted">{[...s.details, s.country].join(" · ")}</span>
                  </li>
                ))}
              </ul>
              {pack.namedOmitted > 0 ? <p>{t("dashboard.delivery.omitted", { formatted: n(pack.namedOmitted) })}</p> : null}
            </>
          )}
        </section>
      </article>
    </div>
  );
}
