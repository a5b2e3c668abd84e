import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, Link, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { requireAdmin } from "~/lib/auth.server";
import { getExplainerForEditing, saveExplainerTranslation, setExplainerStatus } from "~/lib/explainer-editor.server";
import { detectLocale } from "~/lib/i18n.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { E, ExplainerTranslationSchema, canonicalLocale } from "~/lib/organiser-schemas";
import { AddLanguageForm, FormErrors, TextArea, TextInput, failureReply, languageName } from "../organiser/ui/form-fields";
import { Breadcrumbs, Notice, withNotice } from "../organiser/ui/page-parts";
import type { Route } from "./+types/explainer-edit";
import { readForm } from "~/lib/form-data.server";

const StatusSchema = z.object({ intent: z.literal("status"), status: z.enum(["draft", "published"], { error: E.choice }) });

async function requireExplainer(request: Request, context: Route.LoaderArgs["context"], id: string) {
  const admin = await requireAdmin(request, context);
  const explainer = await getExplainerForEditing(context.db, id);
  if (!explainer) throw new Response("Not found", { status: 404 });
  return { admin, explainer };
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { explainer } = await requireExplainer(request, context, params.explainerId);
  const locale = await detectLocale(request);
  const requested = new URL(request.url).searchParams.get("lang");
  const added = requested ? canonicalLocale(requested) : null;
  const isNew = added !== null && !explainer.translations.some((tr) => tr.locale === added);
  return {
    locale,
    explainer: {
      ...explainer,
      translations: [...explainer.translations, ...(isNew ? [{ locale: added, title: "", summary: "", bodyMarkdown: "", updatedAt: null }] : [])],
    },
    addError: requested && !added ? E.locale : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { admin, explainer } = await requireExplainer(request, context, params.explainerId);
  const formData = await readForm(request);
  const here = `/admin/explainers/${explainer.id}`;
  if (formData.get("intent") === "status") {
    const submission = parseWithZod(formData, { schema: StatusSchema });
    if (submission.status !== "success") return data({ locale: null, result: submission.reply(), previewHtml: null }, { status: 400 });
    const result = await setExplainerStatus(context.db, admin, explainer.id, submission.value.status);
    if (!result.ok) return data({ locale: null, result: failureReply(submission, result), previewHtml: null }, { status: 400 });
    return redirect(withNotice(here, submission.value.status === "published" ? "published" : "unpublished"), 303);
  }
  const locale = String(formData.get("locale") ?? "");
  const submission = parseWithZod(formData, { schema: ExplainerTranslationSchema });
  if (submission.status !== "success") return data({ locale, result: submission.reply(), previewHtml: null }, { status: 400 });
  const { intent, ...text } = submission.value;
  // Preview renders what was typed, through the same sanitiser as the public page, and saves nothing.
  if (intent === "preview") return { locale, result: submission.reply(), previewHtml: renderMarkdown(text.bodyMarkdown) };
  const result = await saveExplainerTranslation(context.db, admin, explainer.id, text);
  if (!result.ok) return data({ locale, result: failureReply(submission, result), previewHtml: null }, { status: 400 });
  return redirect(withNotice(here, "saved"), 303);
}

function TranslationForm({ text, uiLocale, lastResult, previewHtml }: { text: { locale: string; title: string; summary: string; bodyMarkdown: string }; uiLocale: string; lastResult?: SubmissionResult<string[]>; previewHtml: string | null }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({ id: `explainer-${text.locale}`, lastResult, defaultValue: text, shouldValidate: "onBlur" });
  return (
    <section aria-labelledby={`${form.id}-heading`} className="language-section">
      <h2 id={`${form.id}-heading`}>{languageName(text.locale, uiLocale)}</h2>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormErrors form={form} />
        <input type="hidden" name="locale" value={text.locale} />
        <TextInput meta={fields.title} label={t("organiser.explainers.titleField")} lang={text.locale} />
        <TextArea meta={fields.summary} label={t("organiser.explainers.summary")} rows={3} lang={text.locale} />
        <TextArea meta={fields.bodyMarkdown} label={t("organiser.petition.body")} hint={t("organiser.petition.bodyHint")} rows={16} lang={text.locale} />
        <div className="button-row">
          <button type="submit" name="intent" value="save" className="button-primary">
            {t("organiser.petition.saveLanguage", { language: text.locale })}
          </button>
          <button type="submit" name="intent" value="preview" className="button-secondary">
            {t("organiser.explainers.preview")}
          </button>
        </div>
      </Form>
      {previewHtml !== null ? (
        <section aria-labelledby={`${form.id}-preview`} className="preview-box" lang={text.locale}>
          <h3 id={`${form.id}-preview`} lang={uiLocale}>
            {t("organiser.explainers.previewHeading")}
          </h3>
          <div className="prose" dangerouslySetInnerHTML={{ __html: previewHtml }} />
        </section>
      ) : null}
    </section>
  );
}

export default function EditExplainer({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { explainer, locale } = loaderData;
  const title = explainer.translations.find((tr) => tr.locale === locale)?.title || explainer.slug;
  return (
    <>
      <PageTitle title={t("organiser.explainers.editTitle", { title })} />
      <Breadcrumbs
        items={[
          { to: "/admin", label: t("organiser.admin.title") },
          { to: "/admin/explainers", label: t("organiser.explainers.title") },
        ]}
      />
      <h1>{t("organiser.explainers.editTitle", { title })}</h1>
      <Notice />
      <p>
        {t(`organiser.explainers.status.${explainer.status}`)}
        {explainer.status === "published" ? (
          <>
            {" · "}
            <Link to={`/explainers/${explainer.slug}`}>{t("organiser.explainers.publicPage")}</Link>
          </>
        ) : null}
      </p>
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="status" />
        <input type="hidden" name="status" value={explainer.status === "published" ? "draft" : "published"} />
        <button type="submit" className="button-secondary">
          {t(explainer.status === "published" ? "organiser.explainers.unpublish" : "organiser.explainers.publish")}
        </button>
      </Form>
      {actionData && actionData.locale === null ? (
        <p className="form-error" role="alert">
          {t(E.notFound)}
        </p>
      ) : null}
      {explainer.translations.map((text) => (
        <TranslationForm
          key={text.locale}
          text={text}
          uiLocale={locale}
          lastResult={actionData?.locale === text.locale ? actionData.result : undefined}
          previewHtml={actionData?.locale === text.locale ? actionData.previewHtml : null}
        />
      ))}
      <AddLanguageForm heading={t("organiser.addLanguage.translationHeading")} error={loaderData.addError} />
    </>
  );
}
