import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatNumber } from "~/lib/format";

export interface PetitionStatsProps {
  slug: string;
  locale: string;
  countries: { country: string; name: string; total: number }[];
  mapSvg: string;
  mapLegend: readonly { bucket: number; className: string; min: number; max: number | null }[];
  chartSvg: string;
  wall: {
    page: number;
    hasNext: boolean;
    entries: { name: string; countryName: string; details: string[]; verified: boolean }[];
  };
}

/** Who signed and from where: map, table, chart and the wall of names, all rendered on the server. */
export function PetitionStatsSection({ slug, locale, countries, mapSvg, mapLegend, chartSvg, wall }: PetitionStatsProps) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="countries-heading">
        <h2 id="countries-heading">{t("petition.byCountryHeading")}</h2>
        <figure className="world-map-figure">
          <div dangerouslySetInnerHTML={{ __html: mapSvg }} />
          <figcaption>
            <span className="visually-hidden">{t("petition.mapLegend")}</span>
            <ul className="map-legend">
              {mapLegend
                .filter((entry) => entry.bucket > 0)
                .map((entry) => (
                  <li key={entry.bucket}>
                    <span className={`map-swatch ${entry.className}`} aria-hidden="true" />
                    {entry.max === null ? `${formatNumber(entry.min, locale)}+` : `${formatNumber(entry.min, locale)}–${formatNumber(entry.max, locale)}`}
                  </li>
                ))}
            </ul>
          </figcaption>
        </figure>
        {countries.length > 0 ? (
          <table className="data-table country-table">
            <thead>
              <tr>
                <th scope="col">{t("petition.countryColumn")}</th>
                <th scope="col" className="num">
                  {t("petition.signaturesColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {countries.map((c) => (
                <tr key={c.country}>
                  <td>{c.name}</td>
                  <td className="num">{formatNumber(c.total, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t("petition.chartTitle")}</h2>
        <div className="chart" dangerouslySetInnerHTML={{ __html: chartSvg }} />
      </section>
      <section aria-labelledby="wall-heading" id="wall">
        <h2 id="wall-heading">{t("petition.wallHeading")}</h2>
        <p className="muted">{t("petition.wallLead")}</p>
        {wall.entries.length === 0 ? (
          <p>{t("petition.wallEmpty")}</p>
        ) : (
          <ul className="wall">
            {wall.entries.map((entry, i) => (
              <li key={`${wall.page}-${i}`}>
                <strong>{entry.name}</strong>
                {entry.verified ? <span className="verified-badge"> ✓ {t("petition.wallVerified")}</span> : null}
                <br />
                <span className="muted">{[...entry.details, entry.countryName].join(" · ")}</span>
              </li>
            ))}
          </ul>
        )}
        <nav className="pager" aria-label={t("petition.wallHeading")}>
          {wall.page > 1 ? (
            <Link to={`/petitions/${slug}?wall=${wall.page - 1}#wall`} rel="prev">
              {t("petition.wallNewer")}
            </Link>
          ) : null}
          {wall.hasNext ? (
            <Link to={`/petitions/${slug}?wall=${wall.page + 1}#wall`} rel="next">
              {t("petition.wallOlder")}
            </Link>
          ) : null}
        </nav>
      </section>
    </>
  );
}
