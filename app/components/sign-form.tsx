import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { customFieldName, signFormSchemaFor, UTM_KEYS, type SignerField } from "~/lib/signature-schema";

export interface SignFormProps {
  fields: SignerField[];
  collectPostcode: boolean;
  locale: string;
  countries: { code: string; name: string }[];
  tracking: Record<string, string>;
  lastResult?: SubmissionResult<string[]> | null;
  action?: string;
  idPrefix?: string;
}

function label(labels: Record<string, string>, locale: string): string {
  return labels[locale] ?? labels.en ?? Object.values(labels)[0] ?? "";
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error">
      {t(errors[0]!)}
    </p>
  );
}

export function SignForm(props: SignFormProps) {
  const { t } = useTranslation();
  const schema = signFormSchemaFor(props);
  const [form, fields] = useForm({
    id: props.idPrefix ?? "sign",
    lastResult: props.lastResult,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const described = (field: { errorId: string; errors?: string[] }, hint?: string) =>
    [field.errors?.length ? field.errorId : null, hint].filter(Boolean).join(" ") || undefined;

  return (
    <Form method="post" action={props.action} className="sign-form" {...getFormProps(form)}>
      {Object.keys(form.allErrors).length > 0 ? (
        <p className="form-error" role="alert">
          {t("sign.errorSummary")}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={fields.name.id}>{t("sign.name")}</label>
        <input {...getInputProps(fields.name, { type: "text" })} autoComplete="name" aria-describedby={described(fields.name)} />
        <FieldError id={fields.name.errorId} errors={fields.name.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.email.id}>{t("sign.email")}</label>
        <input
          {...getInputProps(fields.email, { type: "email" })}
          autoComplete="email"
          inputMode="email"
          aria-describedby={described(fields.email, `${fields.email.id}-hint`)}
        />
        <p id={`${fields.email.id}-hint`} className="hint">
          {t("sign.emailHint")}
        </p>
        <FieldError id={fields.email.errorId} errors={fields.email.errors} />
      </div>
      <div className="field">
        <label htmlFor={fields.country.id}>{t("sign.country")}</label>
        <select {...getSelectProps(fields.country)} autoComplete="country" aria-describedby={described(fields.country)}>
          <option value="">{t("sign.chooseCountry")}</option>
          {props.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError id={fields.country.errorId} errors={fields.country.errors} />
      </div>
      {props.collectPostcode ? (
        <div className="field">
          <label htmlFor={fields.postcode.id}>{t("sign.postcode")}</label>
          <input {...getInputProps(fields.postcode, { type: "text" })} autoComplete="postal-code" aria-describedby={described(fields.postcode)} />
          <FieldError id={fields.postcode.errorId} errors={fields.postcode.errors} />
        </div>
      ) : null}
      {props.fields.map((field) => {
        const meta = fields[customFieldName(field.key) as keyof typeof fields];
        const text = `${label(field.labels, props.locale)}${field.required ? "" : ` ${t("sign.optional")}`}`;
        if (field.kind === "text") {
          return (
            <div className="field" key={field.key}>
              <label htmlFor={meta.id}>{text}</label>
              <input {...getInputProps(meta, { type: "text" })} aria-describedby={described(meta)} />
              <FieldError id={meta.errorId} errors={meta.errors} />
            </div>
          );
        }
        const options =
          field.kind === "yesno"
            ? [
                { value: "yes", text: t("sign.yes") },
                { value: "no", text: t("sign.no") },
              ]
            : field.options.map((o) => ({ value: o.value, text: label(o.labels, props.locale) }));
        return (
          <fieldset className="field" key={field.key} aria-describedby={described(meta)}>
            <legend>{text}</legend>
            {options.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="radio"
                  name={meta.name}
                  value={option.value}
                  defaultChecked={meta.initialValue === option.value}
                  required={field.required}
                />{" "}
                {option.text}
              </label>
            ))}
            <FieldError id={meta.errorId} errors={meta.errors} />
          </fieldset>
        );
      })}
      <div className="field checkbox">
        <input {...getInputProps(fields.updates, { type: "checkbox" })} />
        <label htmlFor={fields.updates.id}>{t("sign.updates")}</label>
      </div>
      <div className="field checkbox">
        <input {...getInputProps(fields.showName, { type: "checkbox" })} />
        <label htmlFor={fields.showName.id}>{t("sign.showName")}</label>
      </div>
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={`${form.id}-website`}>{t("sign.honeypot")}</label>
        <input id={`${form.id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {(["source", ...UTM_KEYS] as const).map((key) =>
        props.tracking[key] ? <input key={key} type="hidden" name={key} value={props.tracking[key]} /> : null,
      )}
      <p className="hint">{t("sign.privacy")}</p>
      <button type="submit" className="button-primary">
        {t("sign.submit")}
      </button>
    </Form>
  );
}
