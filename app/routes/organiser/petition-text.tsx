import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form, data, redirect } from "react-router";
import { z } from "zod";
import { PageTitle } from "~/components/page-title";
import { requireUser } from "~/lib/auth.server";
import { detectLocale } from "~/lib/i18n.server";
import { E, PetitionTextSchema, canonicalLocale, localeSchema } from "~/lib/organiser-schemas";
import { PUBLISHED_STATUSES, getPetitionEditor, removePetitionTranslation, requireOrgPetition, savePetitionText, type PetitionText } from "~/lib/petition-editor.server";
import type { PetitionStatus } from "~/lib/petitions.server";
import type { Route } from "./+types/petition-text";
import { AddLanguageForm, FormErrors, TextArea, TextInput, failureReply, languageName } from "./ui/form-fields";
import { Breadcrumbs, Notice, PetitionTabs, withNotice } from "./ui/page-parts";
import { readForm } from "~/lib/form-data.server";

const RemoveLanguageSchema = z.object({ intent: z.literal("remove-language"), locale: localeSchema });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const locale = await detectLocale(request);
  const editor = await getPetitionEditor(context.db, params.petitionId, locale);
  const requested = new URL(request.url).searchParams.get("lang");
  const added = requested ? canonicalLocale(requested) : null;
  const isNew = added !== null && !editor.translations.some((tr) => tr.locale === added);
  return {
    locale,
    organisation,
    petition: { id: editor.petition.id, title: editor.petition.title, status: editor.petition.status, defaultLocale: editor.petition.defaultLocale },
    translations: [...editor.translations, ...(isNew ? [{ locale: added, title: "", target: "", ask: "", bodyMarkdown: "" }] : [])] as PetitionText[],
    addError: requested && !added ? E.locale : null,
    locked: editor.locked,
    structureEditable: editor.structureEditable,
    published: PUBLISHED_STATUSES.includes(editor.petition.status as PetitionStatus),
    reasonRequired: editor.reasonRequired,
    signatureCount: editor.signatureCount,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = await requireUser(request, context);
  const { organisation } = await requireOrgPetition(context.db, user, params.orgSlug, params.petitionId, "editor");
  const formData = await readForm(request);
  const here = `/dashboard/orgs/${organisation.slug}/petitions/${params.petitionId}/text`;
  if (formData.get("intent") === "remove-language") {
    const submission = parseWithZod(formData, { schema: RemoveLanguageSchema });
    if (submission.status !== "success") return data({ locale: null, result: submission.reply() }, { status: 400 });
    const result = await removePetitionTranslation(context.db, user, params.petitionId, submission.value.locale);
    if (!result.ok) return data({ locale: submission.value.locale, result: failureReply(submission, result) }, { status: 400 });
    return redirect(withNotice(here, "saved"), 303);
  }
  const submission = parseWithZod(formData, { schema: PetitionTextSchema });
  const locale = String(formData.get("locale") ?? "");
  if (submission.status !== "success") return data({ locale, result: submission.reply() }, { status: 400 });
  const result = await savePetitionText(context.db, user, params.petitionId, submission.value);
  if (!result.ok) return data({ locale, result: failureReply(submission, result) }, { status: 400 });
  return redirect(withNotice(here, "saved"), 303);
}

function TextForm(props: {
  text: PetitionText;
  uiLocale: string;
  lastResult?: SubmissionResult<string[]>;
  showReason: boolean;
  reasonRequired: boolean;
  removable: boolean;
}) {
  const { t } = useTranslation();
  const { text } = props;
  const [form, fields] = useForm<z.input<typeof PetitionTextSchema>>({ id: `text-${text.locale}`, lastResult: props.lastResult, defaultValue: text, shouldValidate: "onBlur" });
  return (
    <section aria-labelledby={`${form.id}-heading`} className="language-section">
      <h2 id={`${form.id}-heading`}>{languageName(text.locale, props.uiLocale)}</h2>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormErrors form={form} />
        <input type="hidden" name="locale" value={text.locale} />
        <TextInput meta={fields.title} label={t("organiser.petition.title")} lang={text.locale} />
        <TextInput meta={fields.target} label={t("organiser.petition.target")} hint={t("organiser.petition.targetHint")} lang={text.locale} />
        <TextArea meta={fields.ask} label={t("organiser.petition.ask")} hint={t("organiser.petition.askHint")} rows={3} lang={text.locale} />
        <TextArea meta={fields.bodyMarkdown} label={t("organiser.petition.body")} hint={t("organiser.petition.bodyHint")} rows={12} lang={text.locale} />
        {props.showReason ? (
          <TextArea
            meta={fields.reason}
            label={t(props.reasonRequired ? "organiser.petition.reasonRequired" : "organiser.petition.reasonOptional")}
            hint={t("organiser.petition.reasonHint")}
            rows={2}
          />
        ) : null}
        <button type="submit" name="intent" value="save" className="button-primary">
          {t("organiser.petition.saveLanguage", { language: text.locale })}
        </button>
      </Form>
      {props.removable ? (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="remove-language" />
          <input type="hidden" name="locale" value={text.locale} />
          <button type="submit" className="button-link">
            {t("organiser.petition.removeLanguage", { language: text.locale })}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

export default function PetitionTextPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { organisation, petition, locale } = loaderData;
  const base = `/dashboard/orgs/${organisation.slug}`;
  return (
    <>
      <PageTitle title={t("organiser.petition.textTitle", { title: petition.title })} />
      <Breadcrumbs
        items={[
          { to: "/dashboard", label: t("organiser.dashboard") },
          { to: base, label: organisation.name },
        ]}
      />
      <h1>{t("organiser.petition.textTitle", { title: petition.title })}</h1>
      <Notice />
      <PetitionTabs base={`${base}/petitions/${petition.id}`} canEdit />
      {loaderData.locked ? <p className="notice">{t("organiser.petition.lockedNotice")}</p> : null}
      {loaderData.reasonRequired ? <p className="notice">{t("organiser.petition.revisionNotice", { count: loaderData.signatureCount })}</p> : null}
      {!loaderData.locked
        ? loaderData.translations.map((text) => (
            <TextForm
              key={text.locale}
              text={text}
              uiLocale={locale}
              lastResult={actionData?.locale === text.locale ? actionData.result : undefined}
              showReason={loaderData.published}
              reasonRequired={loaderData.reasonRequired}
              removable={loaderData.structureEditable && text.locale !== petition.defaultLocale && text.title !== ""}
            />
          ))
        : null}
      {!loaderData.locked ? (
        <AddLanguageForm heading={t("organiser.addLanguage.heading")} error={loaderData.addError} />
      ) : null}
      {actionData && actionData.locale === null ? <p className="form-error" role="alert">{t(E.locale)}</p> : null}
    </>
  );
}
