import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { formatDate } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import { eraseSupporterData, listSupporterSignatures, openDataToken } from "~/lib/supporter-data.server";
import type { Route } from "./+types/my-data-manage";
import { FieldError, Notice, PRIVATE_PAGE_HEADERS } from "./ui/parts";
import { readForm } from "~/lib/form-data.server";

const EraseSchema = z.object({
  confirm: z.literal("yes", { error: "supporterEmail.myData.eraseRequired" }),
});

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const [check, locale] = await Promise.all([openDataToken(context.db, params.token), detectLocale(request)]);
  if (!check.ok) return data({ ok: false as const, reason: check.reason }, { status: check.reason === "expired" ? 410 : 400, headers: PRIVATE_PAGE_HEADERS });
  const signatures = await listSupporterSignatures(context.db, check.canonicalEmail);
  const erased = new URL(request.url).searchParams.has("erased");
  return data({ ok: true as const, token: params.token, locale, erased, signatures }, { headers: PRIVATE_PAGE_HEADERS });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const check = await openDataToken(context.db, params.token);
  if (!check.ok) throw new Response("This link is not valid", { status: check.reason === "expired" ? 410 : 400 });
  const submission = parseWithZod(await readForm(request), { schema: EraseSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  await eraseSupporterData(context.db, check.canonicalEmail);
  return redirect(`/my-data/${params.token}?erased`, 303);
}

export default function MyDataManage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  if (!loaderData.ok) {
    const expired = loaderData.reason === "expired";
    const title = t(expired ? "supporterEmail.myData.expiredTitle" : "supporterEmail.myData.invalidTitle");
    return (
      <div className="narrow">
        <PageTitle title={title} />
        <h1>{title}</h1>
        <p>{t(expired ? "supporterEmail.myData.expired" : "supporterEmail.myData.invalid")}</p>
        <p>
          <Link to="/my-data">{t("supporterEmail.myData.again")}</Link>
        </p>
      </div>
    );
  }
  const { signatures, locale } = loaderData;
  const confirmErrors = actionData?.result?.error?.confirm ?? undefined;
  return (
    <>
      <PageTitle title={t("supporterEmail.myData.manageTitle")} />
      <h1>{t("supporterEmail.myData.manageTitle")}</h1>
      <Notice message={loaderData.erased ? t("supporterEmail.myData.erased") : null} />
      {signatures.length === 0 ? (
        <p>{t("supporterEmail.myData.none")}</p>
      ) : (
        <>
          <p>{t("supporterEmail.myData.manageLead")}</p>
          <h2>{t("supporterEmail.myData.signatures")}</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("supporterEmail.myData.petition")}</th>
                <th scope="col">{t("supporterEmail.myData.signedAt")}</th>
                <th scope="col">{t("supporterEmail.myData.status")}</th>
                <th scope="col">{t("supporterEmail.myData.updates")}</th>
              </tr>
            </thead>
            <tbody>
              {signatures.map((s) => (
                <tr key={`${s.petitionSlug}-${s.signedAt}`}>
                  <td>
                    <Link to={`/petitions/${s.petitionSlug}`}>{s.petitionTitle}</Link>
                  </td>
                  <td>{formatDate(s.signedAt, locale)}</td>
                  <td>{t(`supporterEmail.myData.states.${s.status as "pending" | "confirmed" | "flagged" | "invalidated"}`)}</td>
                  <td>{t(s.updatesOptIn ? "supporterEmail.myData.yes" : "supporterEmail.myData.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <a href={`/my-data/${loaderData.token}/download`} download>
              {t("supporterEmail.myData.download")}
            </a>
          </p>
          <section aria-labelledby="erase-heading">
            <h2 id="erase-heading">{t("supporterEmail.myData.eraseHeading")}</h2>
            <p>{t("supporterEmail.myData.eraseLead")}</p>
            <Form method="post" className="stack-form">
              <div className="field checkbox">
                <input
                  type="checkbox"
                  id="erase-confirm"
                  name="confirm"
                  value="yes"
                  aria-invalid={confirmErrors ? true : undefined}
                  aria-describedby={confirmErrors ? "erase-confirm-error" : undefined}
                />
                <label htmlFor="erase-confirm">{t("supporterEmail.myData.eraseConfirm")}</label>
              </div>
              <FieldError errors={confirmErrors} id="erase-confirm-error" />
              <button type="submit" className="button-danger">
                {t("supporterEmail.myData.eraseButton")}
              </button>
            </Form>
          </section>
        </>
      )}
    </>
  );
}
