import { useTranslation } from "react-i18next";
import { Link, data, redirect } from "react-router";
import { PageTitle } from "~/components/page-title";
import { PetitionCounter } from "~/components/petition-counter";
import { PetitionStatsSection } from "~/components/petition-stats";
import { ShareLinks } from "~/components/share-links";
import { SignForm } from "~/components/sign-form";
import { formatDate } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { loadPetitionPage } from "~/lib/petition-page.server";
import { findSignablePetition } from "~/lib/petitions.server";
import { handleSignForm } from "~/lib/sign-action.server";
import type { Route } from "./+types/petition";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  const page = await loadPetitionPage(context, params.slug, locale, new URL(request.url));
  if (!page) throw new Response("Not found", { status: 404 });
  return { locale, ...page };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const locale = await detectLocale(request);
  const petition = await findSignablePetition(context.db, params.slug, locale);
  if (!petition) throw new Response("Not found", { status: 404 });
  const result = await handleSignForm(request, context, petition, locale, "web");
  if (!result.ok) return data({ result: result.reply }, { status: 400 });
  return redirect(`/petitions/${petition.slug}/signed?outcome=${result.outcome}`, 303);
}

export default function Petition({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, petition, stats } = loaderData;
  const notice =
    petition.status === "won" ? "petition.wonNotice" : petition.status === "delivered" ? "petition.deliveredNotice" : petition.availability === "closed" ? "petition.closedNotice" : null;
  return (
    <article className="petition" lang={petition.locale}>
      <PageTitle title={petition.title} description={petition.ask} />
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
              countries={loaderData.countryList}
              tracking={loaderData.tracking}
              lastResult={actionData?.result}
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
          countries={loaderData.countries}
          mapSvg={loaderData.mapSvg}
          mapLegend={loaderData.mapLegend}
          chartSvg={loaderData.chartSvg}
          wall={loaderData.wall}
        />
        <section aria-labelledby="share-heading">
          <h2 id="share-heading">{t("confirm.shareHeading")}</h2>
          <ShareLinks url={loaderData.petitionUrl} title={petition.title} />
        </section>
        {loaderData.related.length > 0 ? (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading">{t("petition.learnMore")}</h2>
            <ul>
              {loaderData.related.map((explainer) => (
                <li key={explainer.slug}>
                  <Link to={`/explainers/${explainer.slug}`}>{explainer.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="embed-heading">
          <h2 id="embed-heading">{t("petition.embedHeading")}</h2>
          <p>{t("petition.embedLead")}</p>
          <label htmlFor="embed-code">{t("petition.embedCode")}</label>
          <textarea
            id="embed-code"
            readOnly
            rows={3}
            className="copy-field"
            value={`<iframe src="${loaderData.embedUrl}" title="${petition.title.replace(/"/g, "&quot;")}" width="100%" height="720" style="border:0;max-width:480px" loading="lazy"></iframe>`}
          />
        </section>
        <p className="muted">
          {t("petition.openData")}{" "}
          <a href={`/petitions/${petition.slug}.json`}>JSON</a> · <a href={`/petitions/${petition.slug}.csv`}>CSV</a>
        </p>
      </div>
      <script src="/counter.js" defer />
    </article>
  );
}
