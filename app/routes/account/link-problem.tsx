import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageTitle } from "~/components/page-title";

export type LinkProblem = "invalid" | "expired" | "used";

/** HTTP status for an emailed link that cannot be used: gone when it was real, not found otherwise. */
export function linkProblemStatus(reason: LinkProblem): number {
  return reason === "invalid" ? 404 : 410;
}

/** Headers for pages whose URL holds a secret: never cached, never sent on as a referrer. */
export const SECRET_URL_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

/** The page shown for an expired, used or mangled emailed link, with the way to get a new one. */
export function LinkProblemPage({ reason, next, nextLabel }: { reason: LinkProblem; next: string; nextLabel: string }) {
  const { t } = useTranslation();
  const title = t(`account.link.${reason}Title`);
  return (
    <div className="narrow">
      <PageTitle title={title} />
      <h1>{title}</h1>
      <p>{t(`account.link.${reason}`)}</p>
      <p>
        <Link to={next}>{nextLabel}</Link>
      </p>
    </div>
  );
}
