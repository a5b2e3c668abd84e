import { useTranslation } from "react-i18next";
import { redirect } from "react-router";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { formatNumber } from "~/lib/format";
import { findPetitionIdBySlug, loadPetitionDashboard, requireDashboardPetition } from "~/lib/petition-dashboard.server";
import { SIGNATURE_STATES } from "~/lib/signature-states";
import dashboardStyles from "~/styles/dashboard.css?url";
import { formatDateTime, formatDay, formatPercent } from "./components/format";
import { PetitionHeader } from "./components/petition-header";
import type { Route } from "./+types/petition-stats";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

export async function loader({ request, params, context }: Route.LoaderArgs) {
  if (!UUID.test(params.petitionId)) {
    // A public slug typed into the URL: find the petition, check the role on it, then use its id.
    await requireUser(request, context);
    const id = await findPetitionIdBySlug(context.db, params.petitionId);
    if (!id) throw new Response("Not found", { status: 404 });
    await requireDashboardPetition(request, context, id, "viewer");
    throw redirect(`/dashboard/petitions/${id}/stats`);
  }
  const { locale, petition, header } = await requireDashboardPetition(request, context, params.petitionId, "viewer");
  return { locale, header, ...(await loadPetitionDashboard(context.db, petition, locale)) };
}

function SourceTable({ caption, rows, locale }: { caption: string; rows: { source: string | null; total: number; confirmed: number }[]; locale: string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("dashboard.stats.source")}</th>
          <th scope="col" className="num">{t("dashboard.stats.total")}</th>
          <th scope="col" className="num">{t("dashboard.stats.confirmed")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.source ?? ""}>
            <td>{row.source ?? t("dashboard.stats.noSource")}</td>
            <td className="num">{formatNumber(row.total, locale)}</td>
            <td className="num">{formatNumber(row.confirmed, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function PetitionStats({ loaderData: data }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale } = data;
  const n = (value: number) => formatNumber(value, locale);
  return (
    <div className="dashboard-page">
      <PageTitle title={`${t("dashboard.stats.title")} · ${data.header.title}`} />
      <PetitionHeader petition={data.header} title={t("dashboard.stats.title")} locale={locale} />

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t("dashboard.stats.figuresHeading")}</h2>
        <dl className="figures">
          <div>
            <dt>{t("dashboard.stats.publicTotal")}</dt>
            <dd>{n(data.counts.total)}</dd>
          </div>
          <div>
            <dt>{t("dashboard.stats.online")}</dt>
            <dd>{n(data.counts.online)}</dd>
          </div>
          <div>
            <dt>{t("dashboard.stats.paper")}</dt>
            <dd>{n(data.counts.paper)}</dd>
          </div>
          <div>
            <dt>{t("dashboard.stats.verified")}</dt>
            <dd>{n(data.counts.verified)}</dd>
          </div>
          <div>
            <dt>{t("dashboard.stats.confirmationRate")}</dt>
            <dd>{data.confirmationRate === null ? t("dashboard.common.none") : formatPercent(data.confirmationRate, locale)}</dd>
          </div>
          <div>
            <dt>{t("dashboard.stats.countries")}</dt>
            <dd>{n(data.counts.countryCount)}</dd>
          </div>
        </dl>
        <p className="hint">{t("dashboard.stats.publicTotalHint")}</p>
        <p className="hint">{t("dashboard.stats.confirmationRateHint")}</p>
        {data.paperNote ? <p className="hint">{t("dashboard.stats.paperNote", { note: data.paperNote })}</p> : null}
      </section>

      <section aria-labelledby="states-heading">
        <h2 id="states-heading">{t("dashboard.stats.statesHeading")}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("dashboard.stats.state")}</th>
              <th scope="col" className="num">{t("dashboard.stats.signatures")}</th>
            </tr>
          </thead>
          <tbody>
            {SIGNATURE_STATES.map((state) => (
              <tr key={state}>
                <th scope="row">{t(`dashboard.states.${state}`)}</th>
                <td className="num" data-state={state}>{n(data.states[state])}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t("dashboard.stats.received")}</th>
              <td className="num">{n(data.states.all)}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="time-heading">
        <h2 id="time-heading">{t("dashboard.stats.chartsHeading")}</h2>
        <div className="chart-pair">
          <figure>
            <figcaption>{t("dashboard.stats.recentChart")}</figcaption>
            <div className="chart" dangerouslySetInnerHTML={{ __html: data.recentChartSvg }} />
          </figure>
          <figure>
            <figcaption>{t("dashboard.stats.allTimeChart")}</figcaption>
            <div className="chart" dangerouslySetInnerHTML={{ __html: data.allTimeChartSvg }} />
          </figure>
        </div>
        {data.daily.length === 0 ? (
          <p>{t("dashboard.stats.noData")}</p>
        ) : (
          <div className="table-pair">
            <table className="data-table">
              <caption>{t("dashboard.stats.perDay")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.stats.day")}</th>
                  <th scope="col" className="num">{t("dashboard.stats.signatures")}</th>
                </tr>
              </thead>
              <tbody>
                {data.daily.map((d) => (
                  <tr key={d.day}>
                    <td>{formatDay(d.day, locale)}</td>
                    <td className="num">{n(d.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.recentHours.length > 0 ? (
              <table className="data-table">
                <caption>{t("dashboard.stats.perHour")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("dashboard.stats.hour")}</th>
                    <th scope="col" className="num">{t("dashboard.stats.signatures")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.recentHours.map((h) => (
                    <tr key={h.at}>
                      <td>{formatDateTime(h.at, locale)}</td>
                      <td className="num">{n(h.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
        )}
      </section>

      <section aria-labelledby="countries-heading">
        <h2 id="countries-heading">{t("dashboard.stats.countriesHeading")}</h2>
        <figure className="world-map-figure">
          <div dangerouslySetInnerHTML={{ __html: data.mapSvg }} />
          <figcaption>
            <span className="visually-hidden">{t("dashboard.stats.mapLegend")}</span>
            <ul className="map-legend">
              {data.mapLegend
                .filter((entry) => entry.bucket > 0)
                .map((entry) => (
                  <li key={entry.bucket}>
                    <span className={`map-swatch ${entry.className}`} aria-hidden="true" />
                    {entry.max === null ? `${n(entry.min)}+` : `${n(entry.min)}–${n(entry.max)}`}
                  </li>
                ))}
            </ul>
          </figcaption>
        </figure>
        {data.countries.length > 0 ? (
          <table className="data-table country-table">
            <thead>
              <tr>
                <th scope="col">{t("dashboard.stats.country")}</th>
                <th scope="col" className="num">{t("dashboard.stats.signatures")}</th>
              </tr>
            </thead>
            <tbody>
              {data.countries.map((c) => (
                <tr key={c.country}>
                  <td>{c.name}</td>
                  <td className="num">{n(c.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("dashboard.stats.noData")}</p>
        )}
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t("dashboard.stats.sourcesHeading")}</h2>
        <p className="muted">{t("dashboard.stats.sourcesLead")}</p>
        {data.sources.sources.length === 0 ? (
          <p>{t("dashboard.stats.noSources")}</p>
        ) : (
          <div className="table-pair">
            <SourceTable caption={t("dashboard.stats.bySource")} rows={data.sources.sources} locale={locale} />
            <SourceTable caption={t("dashboard.stats.byUtmSource")} rows={data.sources.utmSources} locale={locale} />
          </div>
        )}
      </section>
    </div>
  );
}
