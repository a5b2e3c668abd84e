import { getCollectionProps, getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { countryName, type CountryCode } from "~/lib/countries";
import { formatNumber } from "~/lib/format";
import { detectLocale } from "~/lib/i18n.server";
import {
  MAX_SCHEDULE_AHEAD_MS,
  describeAudience,
  requireMessage,
  saveDraft,
  scheduleMessage,
  sendTestToSelf,
  type ComposeResult,
} from "~/lib/supporter-updates.server";
import type { Route } from "./+types/compose";
import { FieldError, FormError, Notice } from "./ui/parts";
import { readForm } from "~/lib/form-data.server";

const ComposeSchema = z.object({
  intent: z.enum(["save", "test", "send", "schedule"]),
  subject: z.string({ error: "supporterEmail.compose.errors.subject" }).trim().max(200, "supporterEmail.compose.errors.tooLong"),
  body: z.string().max(50_000, "supporterEmail.compose.errors.tooLong").default(""),
  scope: z.enum(["petition", "campaign"]).default("campaign"),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(300).default([]),
  locales: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)).max(50).default([]),
  verifiedOnly: z.boolean().default(false),
  expectedCount: z.number().int().min(0).default(0),
  /** `<input type="datetime-local">`, read as UTC (the label says so): pages ship no JavaScript to learn the browser's zone. */
  sendAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "supporterEmail.compose.errors.sendAt").optional(),
});

const editPath = (id: string) => `/dashboard/email/messages/${id}/edit`;
const messagePath = (id: string) => `/dashboard/email/messages/${id}`;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  const message = await requireMessage(context.db, user, params.id, "editor", locale);
  if (message.status !== "draft") throw redirect(messagePath(message.id));
  const audience = await describeAudience(context.db, message);
  const search = new URL(request.url).searchParams;
  return {
    locale,
    email: user.email,
    saved: search.has("saved"),
    tested: search.has("tested"),
    message: {
      id: message.id,
      kind: message.kind,
      subject: message.subject,
      body: message.bodyMarkdown,
      scope: message.audience.scope ?? "campaign",
      countries: message.audience.countries ?? [],
      locales: message.audience.locales ?? [],
      verifiedOnly: Boolean(message.audience.verifiedOnly),
      canChooseScope: message.kind === "update" && message.petitionId !== null,
      campaignTitle: message.campaignTitle,
      petitionTitle: message.petitionTitle,
      targetTitle: message.targetTitle,
    },
    audience: {
      ...audience,
      countries: audience.countries.map((c) => ({ ...c, label: countryName(c.value as CountryCode, locale) })),
    },
  };
}

const FAILURE_MESSAGES: Record<Exclude<ComposeResult, { ok: true }>["reason"], string> = {
  "not-draft": "supporterEmail.compose.errors.notDraft",
  "count-changed": "supporterEmail.compose.errors.countChanged",
  "no-recipients": "supporterEmail.compose.errors.noRecipients",
  empty: "supporterEmail.compose.errors.empty",
};

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const locale = await detectLocale(request);
  let message = await requireMessage(context.db, user, params.id, "editor", locale);
  if (message.status !== "draft") throw redirect(messagePath(message.id));
  const submission = parseWithZod(await readForm(request), { schema: ComposeSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), count: null }, { status: 400 });
  const value = submission.value;
  const needsBody = message.kind === "update" && (value.intent === "send" || value.intent === "schedule" || value.intent === "test");
  const fieldErrors: Record<string, string[]> = {};
  if (value.intent !== "save" && !value.subject) fieldErrors.subject = ["supporterEmail.compose.errors.subject"];
  if (needsBody && !value.body.trim()) fieldErrors.body = ["supporterEmail.compose.errors.body"];
  let sendAt: Date | null = null;
  if (value.intent === "schedule") {
    sendAt = value.sendAt ? new Date(`${value.sendAt}Z`) : null;
    const now = Date.now();
    if (!sendAt || Number.isNaN(sendAt.getTime()) || sendAt.getTime() <= now || sendAt.getTime() > now + MAX_SCHEDULE_AHEAD_MS) {
      fieldErrors.sendAt = ["supporterEmail.compose.errors.sendAt"];
    }
  }

  // What is sent is what the form shows: save first, even when the next step is refused.
  const saved = await saveDraft(context.db, user, message, {
    subject: value.subject,
    bodyMarkdown: value.body,
    scope: value.scope,
    countries: value.countries,
    locales: value.locales,
    verifiedOnly: value.verifiedOnly,
  });
  if (!saved.ok) throw redirect(messagePath(message.id));
  if (Object.keys(fieldErrors).length > 0) return data({ result: submission.reply({ fieldErrors }), count: null }, { status: 400 });
  if (value.intent === "save") return redirect(`${editPath(message.id)}?saved`, 303);

  message = await requireMessage(context.db, user, params.id, "editor", locale);
  const result =
    value.intent === "test"
      ? await sendTestToSelf(context.db, user, message, { appUrl: context.env.APP_URL, locale })
      : await scheduleMessage(context.db, user, message, { sendAt, expectedCount: value.expectedCount });
  if (!result.ok) {
    if (result.reason === "not-draft") throw redirect(messagePath(message.id));
    return data({ result: submission.reply({ formErrors: [FAILURE_MESSAGES[result.reason]] }), count: result.count ?? null }, { status: 400 });
  }
  if (value.intent === "test") return redirect(`${editPath(message.id)}?tested`, 303);
  return redirect(`${messagePath(message.id)}?${value.intent === "send" ? "sent" : "scheduled"}`, 303);
}

export default function Compose({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { message, audience, locale } = loaderData;
  const [form, fields] = useForm({
    id: "compose",
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    defaultValue: {
      subject: message.subject,
      body: message.body,
      scope: message.scope,
      countries: message.countries,
      locales: message.locales,
      verifiedOnly: message.verifiedOnly ? "on" : undefined,
      sendAt: "",
    },
  });
  const count = audience.count;
  const formError = form.errors?.[0];
  const about = message.targetTitle
    ? t("supporterEmail.compose.invitationTo", { title: message.targetTitle })
    : t("supporterEmail.compose.about", { title: message.petitionTitle ?? message.campaignTitle });
  const countryOptions = audience.countries.map((c) => c.value);
  const localeOptions = audience.locales.map((l) => l.value);
  const labelFor = (list: { value: string; count: number; label?: string }[], value: string) => {
    const item = list.find((i) => i.value === value)!;
    return t("supporterEmail.compose.option", { label: item.label ?? t(`language.${value}`, { defaultValue: value }), count: formatNumber(item.count, locale) });
  };
  return (
    <>
      <PageTitle title={t("supporterEmail.compose.title")} />
      <p className="breadcrumb">
        <Link to="/dashboard/email">{t("supporterEmail.message.back")}</Link>
      </p>
      <h1>{t("supporterEmail.compose.title")}</h1>
      <p className="lead">{about}</p>
      <Notice message={loaderData.saved ? t("supporterEmail.compose.saved") : loaderData.tested ? t("supporterEmail.compose.tested", { email: loaderData.email }) : null} />
      <Form method="post" {...getFormProps(form)} className="stack-form compose-form">
        <FormError
          message={formError ? t(formError, { count: actionData?.count ?? 0 }) : null}
          id={form.errorId}
        />
        <div className="field">
          <label htmlFor={fields.subject.id}>{t("supporterEmail.compose.subject")}</label>
          <input {...getInputProps(fields.subject, { type: "text" })} maxLength={200} />
          <FieldError errors={fields.subject.errors} id={fields.subject.errorId} />
        </div>
        <div className="field">
          <label htmlFor={fields.body.id}>{t("supporterEmail.compose.body")}</label>
          <textarea {...getTextareaProps(fields.body, { ariaDescribedBy: `${fields.body.id}-hint` })} rows={14} />
          <p className="hint" id={`${fields.body.id}-hint`}>
            {t(message.kind === "carry-over" ? "supporterEmail.compose.bodyOptionalHint" : "supporterEmail.compose.bodyHint")}
          </p>
          <FieldError errors={fields.body.errors} id={fields.body.errorId} />
        </div>

        <fieldset className="audience">
          <legend>{t("supporterEmail.compose.audience")}</legend>
          {message.canChooseScope ? (
            <fieldset className="field">
              <legend>{t("supporterEmail.compose.scope")}</legend>
              {getCollectionProps(fields.scope, { type: "radio", options: ["petition", "campaign"] }).map((props) => (
                <label key={props.key} className="choice">
                  <input {...props} key={undefined} />
                  {props.value === "petition"
                    ? t("supporterEmail.compose.scopePetition")
                    : t("supporterEmail.compose.scopeCampaign", { title: message.campaignTitle })}
                </label>
              ))}
            </fieldset>
          ) : (
            <input type="hidden" name="scope" value="campaign" />
          )}
          {countryOptions.length > 0 ? (
            <fieldset className="field options">
              <legend>{t("supporterEmail.compose.countries")}</legend>
              {getCollectionProps(fields.countries, { type: "checkbox", options: countryOptions }).map((props) => (
                <label key={props.key} className="choice">
                  <input {...props} key={undefined} />
                  {labelFor(audience.countries, props.value)}
                </label>
              ))}
            </fieldset>
          ) : null}
          {localeOptions.length > 0 ? (
            <fieldset className="field options">
              <legend>{t("supporterEmail.compose.languages")}</legend>
              {getCollectionProps(fields.locales, { type: "checkbox", options: localeOptions }).map((props) => (
                <label key={props.key} className="choice">
                  <input {...props} key={undefined} />
                  {labelFor(audience.locales, props.value)}
                </label>
              ))}
            </fieldset>
          ) : null}
          <div className="field checkbox">
            <input {...getInputProps(fields.verifiedOnly, { type: "checkbox" })} />
            <label htmlFor={fields.verifiedOnly.id}>{t("supporterEmail.compose.verifiedOnly", { count: audience.verified })}</label>
          </div>
        </fieldset>

        <p className="recipient-count" role="status">
          <strong>{t("supporterEmail.compose.count", { count, formatted: formatNumber(count, locale) })}</strong>
        </p>
        <p className="hint">{t("supporterEmail.compose.countNote")}</p>
        <input type="hidden" name="expectedCount" value={count} />

        <div className="button-row">
          <button type="submit" name="intent" value="save" className="button-secondary">
            {t("supporterEmail.compose.save")}
          </button>
          <button type="submit" name="intent" value="test" className="button-secondary">
            {t("supporterEmail.compose.test")}
          </button>
          <button type="submit" name="intent" value="send" className="button-primary">
            {t("supporterEmail.compose.sendNow", { count })}
          </button>
        </div>
        <fieldset className="field schedule">
          <legend>{t("supporterEmail.compose.schedule")}</legend>
          <label htmlFor={fields.sendAt.id}>{t("supporterEmail.compose.sendAt")}</label>
          <input {...getInputProps(fields.sendAt, { type: "datetime-local" })} />
          <FieldError errors={fields.sendAt.errors} id={fields.sendAt.errorId} />
          <button type="submit" name="intent" value="schedule" className="button-secondary">
            {t("supporterEmail.compose.scheduleButton")}
          </button>
        </fieldset>
      </Form>

      <h2>{t("supporterEmail.compose.preview")}</h2>
      <iframe
        title={t("supporterEmail.compose.previewFrame")}
        src={`/dashboard/email/messages/${message.id}/preview?locale=${locale}`}
        sandbox=""
        className="email-frame"
      />
      <p>
        <a href={`/dashboard/email/messages/${message.id}/preview?locale=${locale}&format=text`}>{t("supporterEmail.compose.previewText")}</a>
      </p>
    </>
  );
}
