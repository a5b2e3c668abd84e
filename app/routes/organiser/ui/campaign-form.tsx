import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { z } from "zod";
import { canonicalLocale, E, MAX_LOCALES } from "~/lib/organiser-schemas";
import { FieldError, FormErrors, Select, TextArea, TextInput, languageName } from "./form-fields";

export const ADD_LANGUAGE = "add-language";

/**
 * "Add a language" without JavaScript: the button posts the whole form, and the
 * reply hands back everything typed so far plus an empty section for the new
 * language. Nothing is saved.
 */
export function addLanguageReply(formData: FormData) {
  const existing = [...formData.entries()].filter(([key]) => /^translations\[\d+\]\.locale$/.test(key)).map(([, value]) => String(value));
  const count = existing.length;
  const locale = canonicalLocale(String(formData.get("newLocale") ?? ""));
  const error = !locale ? E.locale : existing.includes(locale) ? E.locale : count >= MAX_LOCALES ? E.tooMany : null;
  if (!error) formData.append(`translations[${count}].locale`, locale!);
  formData.delete("newLocale");
  const submission = parseWithZod(formData, { schema: z.object({}) });
  return submission.reply(error ? { fieldErrors: { newLocale: [error] } } : undefined);
}

export interface CampaignFormValue {
  slug?: string;
  status?: string;
  translations: { locale: string; title?: string; summary?: string }[];
}

export function CampaignForm({
  id,
  lastResult,
  defaultValue,
  showStatus,
  uiLocale,
  submitLabel,
}: {
  id: string;
  lastResult?: SubmissionResult<string[]>;
  defaultValue: CampaignFormValue;
  showStatus: boolean;
  uiLocale: string;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm<CampaignFormValue & { newLocale?: string }>({ id, lastResult, defaultValue, shouldValidate: "onBlur" });
  const translations = fields.translations.getFieldList();
  return (
    <Form method="post" {...getFormProps(form)} className="stack-form">
      <FormErrors form={form} />
      <TextInput meta={fields.slug} label={t("organiser.fields.slug")} hint={t("organiser.fields.slugHint")} />
      {showStatus ? (
        <Select
          meta={fields.status}
          label={t("organiser.campaign.statusLabel")}
          options={(["draft", "active", "archived"] as const).map((s) => ({ value: s, label: t(`organiser.campaign.status.${s}`) }))}
        />
      ) : null}
      <FieldError meta={fields.translations} />
      {translations.map((entry) => {
        const f = entry.getFieldset();
        const locale = String(f.locale.initialValue ?? "");
        return (
          <fieldset key={entry.key} className="language-fieldset">
            <legend>{languageName(locale, uiLocale)}</legend>
            <input {...getInputProps(f.locale, { type: "hidden" })} />
            <FieldError meta={f.locale} />
            <TextInput meta={f.title} label={t("organiser.campaign.titleIn", { language: locale })} lang={locale} />
            <TextArea meta={f.summary} label={t("organiser.campaign.summaryIn", { language: locale })} rows={3} lang={locale} />
          </fieldset>
        );
      })}
      <p className="hint">{t("organiser.campaign.blankLanguage")}</p>
      <button type="submit" name="intent" value="save" className="button-primary">
        {submitLabel}
      </button>
      <fieldset className="language-fieldset add-language">
        <legend>{t("organiser.addLanguage.heading")}</legend>
        <TextInput meta={fields.newLocale} label={t("organiser.addLanguage.code")} hint={t("organiser.addLanguage.hint")} autoComplete="off" />
        <button type="submit" name="intent" value={ADD_LANGUAGE} className="button-secondary">
          {t("organiser.addLanguage.submit")}
        </button>
      </fieldset>
    </Form>
  );
}
