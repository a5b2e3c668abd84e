import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { SubmissionResult } from "@conform-to/react";
import { PageTitle } from "~/components/page-title";
import { PetitionCounter } from "~/components/petition-counter";
import { PetitionStatsSection } from "~/components/petition-stats";
import { RelatedExplainers } from "~/components/related-explainers";
import { ShareLinks } from "~/components/share-links";
import { SignForm } from "~/components/sign-form";
import { formatDate } from "~/lib/format";
import type { Locale } from "~/lib/i18n";
import type { buildPetitionPage } from "~/lib/petition-page.server";

export type PetitionPageData = Awaited<ReturnType<typeof buildPetitionPage>>;

interface PetitionPageBodyProps {
  page: PetitionPageData;
  locale: Locale;
  /** The page's <title>; the preview prefixes it. */
  title?: string;
  lastResult?: SubmissionResult<string[]> | null;
  /** What only the public page shows after the related explainers (embed code, open data). */
  children?: ReactNode;
}

/**
 * The petition as the public sees it: the public page renders it, and so does
 * the organiser's preview, so the preview cannot drift from what goes live.
 */
export function PetitionPageBody({ page, locale, title, lastResult, children }: PetitionPageBodyProps) {
  const { t } = useTranslation();
  const { petition, stats } = page;
  const notice =
    petition.status === "won" ? "petition.wonNotice" : petition.status === "delivered" ? "petition.deliveredNotice" : petition.availability === "closed" ? "petition.closedNotice" : null;
  return (
    <article className="petition" lang={petition.locale}>
      <PageTitle title={title ?? petition.title} description={petition.ask} />
      <p className="status-badge" lang={locale}>
        {t(`petition.status.${petition.status}`)}
      </p>
      <h1>{petition.title}</h1>
      <p className="target">{t("petition.to", { target: petition.target })}</p>
      <p className="lead">{petition.ask}</p>
      <div lang={locale}>
        <PetitionCounter stats={stats} locale={locale} countUrl={`/petitions/${petition.slug}/count.json`} verifiedDomains={petition.verifiedDomains} />
        {notice ? (
          <div className="notice">
            <p>
              {t(notice)}
              {petition.deliveredAt ? ` ${t("petition.deliveredOn", { date: formatDate(petition.deliveredAt, locale) })}` : null}
            </p>
            {petition.outcomeNote && (petition.status === "delivered" || petition.status === "won") ? (
              <p lang={petition.locale}>{petition.outcomeNote}</p>
            ) : null}
          </div>
        ) : null}
        {petition.availability === "open" ? (
          <section aria-labelledby="sign-heading" className="sign-box">
            <h2 id="sign-heading">{t("sign.heading")}</h2>
            <SignForm
              fields={petition.fields}
              collectPostcode={petition.collectPostcode}
              locale={locale}
              countries={page.countryList}
              tracking={page.tracking}
              lastResult={lastResult}
            />
          </section>
        ) : petition.availability === "not-open-yet" ? (
          <p className="notice">{t("sign.notOpenYet")}</p>
        ) : null}
      </div>
      <div className="prose" dangerouslySetInnerHTML={{ __html: petition.html }} />
      <div lang={locale}>
        <PetitionStatsSection
          slug={petition.slug}
          locale={locale}
          countries={page.countries}
          mapSvg={page.mapSvg}
          mapLegend={page.mapLegend}
          chartSvg={page.chartSvg}
          wall={page.wall}
        />
        <section aria-labelledby="share-heading">
          <h2 id="share-heading">{t("confirm.shareHeading")}</h2>
          <ShareLinks url={page.petitionUrl} title={petition.title} />
        </section>
        <RelatedExplainers heading={t("petition.learnMore")} explainers={page.related} />
        {children}
      </div>
    </article>
  );
}
