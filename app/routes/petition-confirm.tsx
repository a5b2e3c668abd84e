import { useTranslation } from "react-i18next";
import { Link, data } from "react-router";
import { PageTitle } from "~/components/page-title";
import { RelatedExplainers } from "~/components/related-explainers";
import { ShareLinks } from "~/components/share-links";
import { formatNumber } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { findPublicPetition, relatedExplainers } from "~/lib/petitions.server";
import { confirmSignature, signerNumber } from "~/lib/signing.server";
import type { Route } from "./+types/petition-confirm";

// Opening the emailed link confirms: email links are GET, and confirming twice is harmless.
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  const petition = await findPublicPetition(context.db, params.slug, locale);
  if (!petition) throw new Response("Not found", { status: 404 });
  const result = await confirmSignature(context.db, petition.id, params.token);
  const headers = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };
  if (!result.signature) {
    return data({ ok: false as const, outcome: result.outcome, slug: petition.slug }, { status: result.outcome === "expired" ? 410 : 404, headers });
  }
  const [number, related] = await Promise.all([signerNumber(context.db, result.signature), relatedExplainers(context.db, petition.id, locale)]);
  return data(
    {
      ok: true as const,
      outcome: result.outcome,
      slug: petition.slug,
      title: petition.title,
      number: formatNumber(number, locale),
      url: `${context.env.APP_URL}/petitions/${petition.slug}`,
      related,
    },
    { headers },
  );
}

export default function PetitionConfirm({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (!loaderData.ok) {
    const expired = loaderData.outcome === "expired";
    const title = t(expired ? "confirm.expiredTitle" : "confirm.invalidTitle");
    return (
      <>
        <PageTitle title={title} />
        <h1>{title}</h1>
        <p>{t(expired ? "confirm.expired" : "confirm.invalid")}</p>
        <p>
          <Link to={`/petitions/${loaderData.slug}`}>{t("signed.back")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle title={t("confirm.title")} />
      <h1>{t("confirm.title")}</h1>
      <p className="lead" role="status">
        {t(loaderData.outcome === "confirmed" ? "confirm.confirmed" : "confirm.alreadyConfirmed")}{" "}
        <strong>{t("confirm.number", { number: loaderData.number })}</strong>
      </p>
      <section aria-labelledby="share-heading">
        <h2 id="share-heading">{t("confirm.shareHeading")}</h2>
        <p>{t("confirm.shareLead")}</p>
        <ShareLinks url={loaderData.url} title={loaderData.title} />
      </section>
      <RelatedExplainers heading={t("confirm.relatedHeading")} explainers={loaderData.related} />
      <p>
        <Link to={`/petitions/${loaderData.slug}`}>{t("signed.back")}</Link>
      </p>
    </>
  );
}
