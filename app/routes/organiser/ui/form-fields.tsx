import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import type { Submission } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import type { Failure } from "~/lib/organiser-schemas";

// Small building blocks shared by the organiser and admin forms: a label, the control,
// an optional hint and the translated error, wired together with ids for screen readers.

type AnyField = FieldMetadata<any, any, any>;

/** A lib failure as a Conform reply: on its field when it names one, else for the whole form. */
export function failureReply(submission: Submission<unknown>, failure: Failure) {
  return submission.reply(failure.field ? { fieldErrors: { [failure.field]: [failure.message] } } : { formErrors: [failure.message] });
}

export function FormErrors({ form }: { form: FormMetadata<any, string[]> }) {
  const { t } = useTranslation();
  if (!form.errors?.length) return null;
  return (
    <p className="form-error" role="alert" id={form.errorId}>
      {t(form.errors[0]!)}
    </p>
  );
}

export function FieldError({ meta }: { meta: AnyField }) {
  const { t } = useTranslation();
  const errors = meta.errors as string[] | undefined;
  if (!errors?.length) return null;
  return (
    <p className="field-error" id={meta.errorId}>
      {t(errors[0]!)}
    </p>
  );
}

interface FieldProps {
  meta: AnyField;
  label: string;
  hint?: string;
}

const hintIdOf = (meta: AnyField, hint?: string) => (hint ? `${meta.id}-hint` : undefined);

function Hint({ id, hint }: { id?: string; hint?: string }) {
  return hint ? (
    <p id={id} className="hint">
      {hint}
    </p>
  ) : null;
}

export function TextInput({
  meta,
  label,
  hint,
  type = "text",
  autoComplete,
  lang,
}: FieldProps & { type?: "text" | "email" | "url" | "number" | "date" | "datetime-local"; autoComplete?: string; lang?: string }) {
  const hintId = hintIdOf(meta, hint);
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <input {...getInputProps(meta, { type, ariaDescribedBy: hintId })} autoComplete={autoComplete} lang={lang} />
      <Hint id={hintId} hint={hint} />
      <FieldError meta={meta} />
    </div>
  );
}

export function TextArea({ meta, label, hint, rows = 4, lang }: FieldProps & { rows?: number; lang?: string }) {
  const hintId = hintIdOf(meta, hint);
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <textarea {...getTextareaProps(meta, { ariaDescribedBy: hintId })} rows={rows} lang={lang} />
      <Hint id={hintId} hint={hint} />
      <FieldError meta={meta} />
    </div>
  );
}

export function Checkbox({ meta, label, hint }: FieldProps) {
  const hintId = hintIdOf(meta, hint);
  return (
    <div className="field checkbox">
      <input {...getInputProps(meta, { type: "checkbox", ariaDescribedBy: hintId })} />
      <div>
        <label htmlFor={meta.id}>{label}</label>
        <Hint id={hintId} hint={hint} />
        <FieldError meta={meta} />
      </div>
    </div>
  );
}

export function Select({ meta, label, hint, options }: FieldProps & { options: { value: string; label: string }[] }) {
  const hintId = hintIdOf(meta, hint);
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <select {...getSelectProps(meta, { ariaDescribedBy: hintId })}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint id={hintId} hint={hint} />
      <FieldError meta={meta} />
    </div>
  );
}

/** The name of a language tag in the page's language, with the tag itself (e.g. "Portuguese (Brazil) — pt-BR"). */
export function languageName(tag: string, uiLocale: string): string {
  try {
    const name = new Intl.DisplayNames([uiLocale], { type: "language", fallback: "none" }).of(tag);
    return name ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/** "Add a language" as a GET form: the page reloads with an empty section for `?lang=`; nothing is saved yet. */
export function AddLanguageForm({ heading, error }: { heading: string; error: string | null }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="stack-form add-language">
      <h2>{heading}</h2>
      <div className="field">
        <label htmlFor="add-lang">{t("organiser.addLanguage.code")}</label>
        <input
          id="add-lang"
          name="lang"
          type="text"
          autoComplete="off"
          aria-describedby={error ? "add-lang-hint add-lang-error" : "add-lang-hint"}
          aria-invalid={error ? true : undefined}
        />
        <p className="hint" id="add-lang-hint">
          {t("organiser.addLanguage.hint")}
        </p>
        {error ? (
          <p className="field-error" id="add-lang-error">
            {t(error)}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button-secondary">
        {t("organiser.addLanguage.submit")}
      </button>
    </Form>
  );
}
