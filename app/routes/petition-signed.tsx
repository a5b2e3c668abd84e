import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";
import { detectLocale } from "~/lib/i18n.server";
import { findPublicPetition } from "~/lib/petitions.server";
import { SIGN_OUTCOMES, outcomeMessageKey } from "~/lib/sign-action.server";
import type { SignOutcome } from "~/lib/signing.server";
import type { Route } from "./+types/petition-signed";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = await detectLocale(request);
  const petition = await findPublicPetition(context.db, params.slug, locale);
  if (!petition) throw new Response("Not found", { status: 404 });
  const raw = new URL(request.url).searchParams.get("outcome");
  const outcome: SignOutcome = SIGN_OUTCOMES.includes(raw as SignOutcome) ? (raw as SignOutcome) : "created";
  return { slug: petition.slug, title: petition.title, messageKey: outcomeMessageKey(outcome), embedded: new URL(request.url).searchParams.has("embed") };
}

export default function PetitionSigned({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("signed.title")} />
      <h1>{t("signed.title")}</h1>
      <p className="lead" role="status">
        {t(loaderData.messageKey)}
      </p>
      <p>
        <Link to={loaderData.embedded ? `/embed/petitions/${loaderData.slug}` : `/petitions/${loaderData.slug}`}>{t("signed.back")}</Link>
      </p>
    </>
  );
}
