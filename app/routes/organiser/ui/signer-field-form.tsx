import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { Checkbox, FieldError, FormErrors, Select, TextInput } from "./form-fields";

export interface SignerFieldValue {
  key: string;
  kind: string;
  required: string;
  isPublic: string;
  labels: { locale: string; text: string }[];
  options: { value: string; labels: { locale: string; text: string }[] }[];
}

/**
 * One question of the signer-profile builder as a plain form (no JavaScript):
 * labels per petition language, and for multiple-choice questions one row per
 * option (an empty row adds an option, emptying a row removes it).
 */
export function SignerFieldForm(props: {
  formId: string;
  fieldId?: string;
  heading: string;
  defaultValue: SignerFieldValue;
  lastResult?: SubmissionResult<string[]>;
  structureEditable: boolean;
  showOptions: boolean;
  canMoveUp?: boolean;
  canMoveDown?: boolean;
}) {
  const { t } = useTranslation();
  const [form, fields] = useForm<SignerFieldValue>({ id: props.formId, lastResult: props.lastResult, defaultValue: props.defaultValue, shouldValidate: "onBlur" });
  const labels = fields.labels.getFieldList();
  const options = fields.options.getFieldList();
  const locked = !props.structureEditable;
  const kind = String(fields.kind.initialValue ?? props.defaultValue.kind);
  return (
    <section aria-labelledby={`${form.id}-heading`} className="card field-card">
      <h2 id={`${form.id}-heading`}>{props.heading}</h2>
      <Form method="post" {...getFormProps(form)} className="stack-form">
        <FormErrors form={form} />
        <input type="hidden" name="intent" value={props.fieldId ? "update" : "add"} />
        {props.fieldId ? <input type="hidden" name="fieldId" value={props.fieldId} /> : null}
        {locked ? (
          <>
            <input {...getInputProps(fields.key, { type: "hidden" })} />
            <input {...getInputProps(fields.kind, { type: "hidden" })} />
            <p className="muted">
              {t("organiser.signerFields.key")}: <code>{props.defaultValue.key}</code> · {t(`organiser.signerFields.kinds.${kind}`)}
            </p>
          </>
        ) : (
          <>
            <TextInput meta={fields.key} label={t("organiser.signerFields.key")} hint={t("organiser.signerFields.keyHint")} />
            <Select
              meta={fields.kind}
              label={t("organiser.signerFields.kind")}
              options={(["text", "choice", "yesno"] as const).map((k) => ({ value: k, label: t(`organiser.signerFields.kinds.${k}`) }))}
            />
            <Checkbox meta={fields.required} label={t("organiser.signerFields.required")} />
            <Checkbox meta={fields.isPublic} label={t("organiser.signerFields.isPublic")} hint={t("organiser.signerFields.isPublicHint")} />
          </>
        )}
        {locked ? (
          <>
            {props.defaultValue.required === "on" ? <input type="hidden" name={fields.required.name} value="on" /> : null}
            {props.defaultValue.isPublic === "on" ? <input type="hidden" name={fields.isPublic.name} value="on" /> : null}
          </>
        ) : null}
        <fieldset className="language-fieldset">
          <legend>{t("organiser.signerFields.labels")}</legend>
          {labels.map((label) => {
            const f = label.getFieldset();
            const locale = String(f.locale.initialValue ?? "");
            return (
              <div key={label.key}>
                <input {...getInputProps(f.locale, { type: "hidden" })} />
                <TextInput meta={f.text} label={t("organiser.signerFields.labelIn", { language: locale })} lang={locale} />
              </div>
            );
          })}
        </fieldset>
        {props.showOptions ? (
          <fieldset className="language-fieldset" aria-describedby={`${form.id}-options-hint`}>
            <legend>{t("organiser.signerFields.options")}</legend>
            <p className="hint" id={`${form.id}-options-hint`}>
              {t(locked ? "organiser.signerFields.optionsLockedHint" : "organiser.signerFields.optionsHint")}
            </p>
            <FieldError meta={fields.options} />
            {options.map((option, index) => {
              const o = option.getFieldset();
              const optionLabels = o.labels.getFieldList();
              return (
                <div key={option.key} className="option-row">
                  {locked ? (
                    <>
                      <input {...getInputProps(o.value, { type: "hidden" })} />
                      <p className="muted">
                        <code>{String(o.value.initialValue ?? "")}</code>
                      </p>
                    </>
                  ) : (
                    <TextInput meta={o.value} label={t("organiser.signerFields.optionValue", { number: index + 1 })} />
                  )}
                  {optionLabels.map((label) => {
                    const f = label.getFieldset();
                    const locale = String(f.locale.initialValue ?? "");
                    return (
                      <div key={label.key}>
                        <input {...getInputProps(f.locale, { type: "hidden" })} />
                        <TextInput meta={f.text} label={t("organiser.signerFields.optionLabelIn", { number: index + 1, language: locale })} lang={locale} />
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </fieldset>
        ) : null}
        <button type="submit" className="button-primary">
          {props.fieldId ? t("organiser.signerFields.save") : t("organiser.signerFields.add")}
        </button>
      </Form>
      {props.fieldId && !locked ? (
        <div className="button-row">
          {props.canMoveUp ? <ActionButton fieldId={props.fieldId} intent="up" label={t("organiser.signerFields.moveUp")} /> : null}
          {props.canMoveDown ? <ActionButton fieldId={props.fieldId} intent="down" label={t("organiser.signerFields.moveDown")} /> : null}
          <ActionButton fieldId={props.fieldId} intent="delete" label={t("organiser.signerFields.delete")} />
        </div>
      ) : null}
    </section>
  );
}

function ActionButton({ fieldId, intent, label }: { fieldId: string; intent: "up" | "down" | "delete"; label: string }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="fieldId" value={fieldId} />
      <button type="submit" className="button-secondary">
        {label}
      </button>
    </Form>
  );
}
