import { useTranslation } from "react-i18next";
import { formatNumber } from "~/lib/format";

export interface CounterStats {
  signatureCount: number;
  countryCount: number;
  verified: number;
  paper: number;
  goal: number;
}

/** The headline numbers. `data-*` hooks let /counter.js refresh them when JavaScript runs. */
export function PetitionCounter({ stats, locale, countUrl, verifiedDomains }: { stats: CounterStats; locale: string; countUrl: string; verifiedDomains: string[] }) {
  const { t } = useTranslation();
  return (
    <section className="counter" aria-label={t("petition.counterLabel")} data-count-url={countUrl}>
      <p className="count" aria-live="polite">
        <strong
          data-count="signatureCount"
          data-one={t("petition.signatures", { count: 1, formatted: "{n}" })}
          data-other={t("petition.signatures", { count: 2, formatted: "{n}" })}
        >
          {t("petition.signatures", { count: stats.signatureCount, formatted: formatNumber(stats.signatureCount, locale) })}
        </strong>{" "}
        <span
          data-count="countryCount"
          data-one={t("petition.countries", { count: 1 }).replace("1", "{n}")}
          data-other={t("petition.countries", { count: 2 }).replace("2", "{n}")}
        >
          {t("petition.countries", { count: stats.countryCount })}
        </span>
      </p>
      <progress max={stats.goal} value={Math.min(stats.signatureCount, stats.goal)} aria-label={t("petition.goal", { goal: formatNumber(stats.goal, locale) })} />
      <p className="muted">
        {t("petition.goalProgress", { count: formatNumber(stats.signatureCount, locale) as never, goal: formatNumber(stats.goal, locale) })}
        {stats.paper > 0 ? ` · ${t("petition.paper", { formatted: formatNumber(stats.paper, locale) })}` : null}
      </p>
      {verifiedDomains.length > 0 ? (
        <p className="verified-count">
          <span className="verified-mark" aria-hidden="true">✓</span>{" "}
          {t("petition.verified", { count: stats.verified, formatted: formatNumber(stats.verified, locale) })}
          <span className="muted"> — {t("petition.verifiedExplained", { domains: verifiedDomains.join(", ") })}</span>
        </p>
      ) : null}
    </section>
  );
}
