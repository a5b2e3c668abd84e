import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Link, data } from "react-router";
import { PageTitle } from "~/components/page-title";
import { PetitionCounter } from "~/components/petition-counter";
import { PetitionStatsSection } from "~/components/petition-stats";
import { ShareLinks } from "~/components/share-links";
import { SignForm } from "~/components/sign-form";
import { requireUser } from "~/lib/auth.server";
import { detectLocale } from "~/lib/i18n.server";
import { loadPetitionPreview, requireOrgPetition } from "~/lib/petition-editor.server";
import { createSignFormSchema } from "~/lib/signature-schema";
import type { Route } from "./+types/petition-preview";
import { readForm } from "~/lib/form-data.server";

// The public petition page's own components, for a petition in any status (drafts
// included), under a banner. Nothing here is cached or indexed, and signing is off.

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "viewer");
  const locale = await detectLocale(request);
  const page = await loadPetitionPreview(context, params.petitionId, locale);
  return data({ locale, organisation, ...page }, { headers: { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" } });
}

/** Checks the sign form the way the public page would, and records nothing. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "viewer");
  const locale = await detectLocale(request);
  const { petition } = await loadPetitionPreview(context, params.petitionId, locale);
  const submission = parseWithZod(await readForm(request), { schema: createSignFormSchema(petition) });
  return data({ result: submission.reply(), checked: submission.status === "success" }, { status: submission.status === "success" ? 200 : 400 });
}

export default function PetitionPreview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { locale, petition, stats, organisation } = loaderData;
  const manage = `/dashboard/orgs/${organisation.slug}/petitions/${petition.id}`;
  return (
    <>
      <div className="preview-banner" role="note" aria-label={t("organiser.preview.label")}>
        <p>
          <strong>{t("organiser.preview.label")}</strong> — {t("organiser.preview.explain", { status: t(`petition.status.${petition.status}`) })}{" "}
          <Link to={manage}>{t("organiser.preview.back")}</Link>
        </p>
        {actionData?.checked ? <p role="status">{t("organiser.preview.formOk")}</p> : null}
      </div>
      <article className="petition" lang={petition.locale}>
        <PageTitle title={`${t("organiser.preview.label")}: ${petition.title}`} description={petition.ask} />
        <p className="status-badge" lang={locale}>
          {t(`petition.status.${petition.status}`)}
        </p>
        <h1>{petition.title}</h1>
        <p className="target">{t("petition.to", { target: petition.target })}</p>
        <p className="lead">{petition.ask}</p>
        <div lang={locale}>
          <PetitionCounter stats={stats} locale={locale} countUrl={`/petitions/${petition.slug}/count.json`} verifiedDomains={petition.verifiedDomains} />
          {petition.availability === "open" ? (
            <section aria-labelledby="sign-heading" className="sign-box">
              <h2 id="sign-heading">{t("sign.heading")}</h2>
              <SignForm
                fields={petition.fields}
                collectPostcode={petition.collectPostcode}
                locale={locale}
                countries={loaderData.countryList}
                tracking={{}}
                lastResult={actionData?.result}
              />
            </section>
          ) : petition.availability === "not-open-yet" ? (
            <p className="notice">{t("sign.notOpenYet")}</p>
          ) : (
            <p className="notice">{t("petition.closedNotice")}</p>
          )}
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
        </div>
      </article>
    </>
  );
}
