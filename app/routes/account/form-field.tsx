import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";

interface FormFieldProps {
  meta: FieldMetadata<string>;
  label: string;
  type: "text" | "email" | "password";
  autoComplete: string;
  hint?: string;
  inputMode?: "numeric";
}

/** A labelled input with its hint and its (translated) error, linked for screen readers. */
export function FormField({ meta, label, type, autoComplete, hint, inputMode }: FormFieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${meta.id}-hint` : undefined;
  const { key, ...inputProps } = getInputProps(meta, { type, ariaDescribedBy: hintId });
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <input key={key} {...inputProps} autoComplete={autoComplete} inputMode={inputMode} />
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {meta.errors ? (
        <p className="field-error" id={meta.errorId}>
          {t(meta.errors[0]!)}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level error (rate limits and the like), announced when it appears. */
export function FormError({ errors, id }: { errors: string[] | undefined; id: string }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <p className="form-error" role="alert" id={id}>
      {t(errors[0]!)}
    </p>
  );
}
