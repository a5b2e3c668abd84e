import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { BULK_STATES, BulkReviewSchema } from "./bulk-review-schema";

export interface BulkReviewDefaults {
  decision: string;
  ip: string;
  domain: string;
  from: string;
  to: string;
  states: string[];
}

/** The bulk-decision criteria. Submitted with GET to the preview, which never changes anything. */
export function BulkReviewForm({ action, defaultValue, lastResult }: { action: string; defaultValue: BulkReviewDefaults; lastResult?: SubmissionResult<string[]> }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "bulk-review",
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BulkReviewSchema }),
  });
  const error = (field: { errors?: string[]; errorId: string }) =>
    field.errors ? (
      <p className="field-error" id={field.errorId}>
        {t(field.errors[0]!)}
      </p>
    ) : null;
  const states = new Set(defaultValue.states);
  return (
    <Form method="get" action={action} {...getFormProps(form)} className="stack-form narrow">
      {form.errors?.length ? (
        <p className="form-error" role="alert" id={form.errorId}>
          {t(form.errors[0]!)}
        </p>
      ) : null}
      <fieldset className="field" aria-describedby={fields.decision.errors ? fields.decision.errorId : undefined}>
        <legend>{t("dashboard.review.bulkDecision")}</legend>
        {(["invalidate", "accept"] as const).map((decision) => (
          <label className="choice" key={decision}>
            <input type="radio" name={fields.decision.name} value={decision} defaultChecked={defaultValue.decision === decision} />
            {decision === "accept" ? t("dashboard.review.bulkAccept") : t("dashboard.review.bulkInvalidate")}
          </label>
        ))}
        {error(fields.decision)}
      </fieldset>
      <div className="field">
        <label htmlFor={fields.ip.id}>{t("dashboard.review.ip")}</label>
        <input {...getInputProps(fields.ip, { type: "text" })} autoComplete="off" />
        {error(fields.ip)}
      </div>
      <div className="field">
        <label htmlFor={fields.domain.id}>{t("dashboard.review.domain")}</label>
        <input
          {...getInputProps(fields.domain, { type: "text" })}
          autoComplete="off"
          aria-describedby={[`${fields.domain.id}-hint`, fields.domain.errors ? fields.domain.errorId : ""].join(" ").trim()}
        />
        <p className="hint" id={`${fields.domain.id}-hint`}>
          {t("dashboard.review.domainHint")}
        </p>
        {error(fields.domain)}
      </div>
      <div className="field">
        <label htmlFor={fields.from.id}>{t("dashboard.review.from")}</label>
        <input {...getInputProps(fields.from, { type: "datetime-local" })} step={1} />
        {error(fields.from)}
      </div>
      <div className="field">
        <label htmlFor={fields.to.id}>{t("dashboard.review.to")}</label>
        <input {...getInputProps(fields.to, { type: "datetime-local" })} step={1} />
        {error(fields.to)}
      </div>
      <fieldset className="field" aria-describedby={[`${fields.states.id}-hint`, fields.states.errors ? fields.states.errorId : ""].join(" ").trim()}>
        <legend>{t("dashboard.review.states")}</legend>
        {BULK_STATES.map((state) => (
          <label className="choice" key={state}>
            <input type="checkbox" name={fields.states.name} value={state} defaultChecked={states.has(state)} />
            {t(`dashboard.states.${state}`)}
          </label>
        ))}
        <p className="hint" id={`${fields.states.id}-hint`}>
          {t("dashboard.review.statesHint")}
        </p>
        {error(fields.states)}
      </fieldset>
      <button type="submit" className="button-primary">
        {t("dashboard.review.preview")}
      </button>
    </Form>
  );
}
