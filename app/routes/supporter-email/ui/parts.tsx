import { useTranslation } from "react-i18next";

/** A status line announced to screen readers when it appears (after a redirect with `?done=`). */
export function Notice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="notice" role="status">
      {message}
    </p>
  );
}

export function FormError({ message, id }: { message: string | null | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert" id={id}>
      {message}
    </p>
  );
}

/** The translated first error of a Conform field, linked to its input by id. */
export function FieldError({ errors, id }: { errors: string[] | undefined; id: string }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <p className="field-error" id={id}>
      {t(errors[0]!)}
    </p>
  );
}

/** Headers for pages whose URL carries a secret: never cached, never sent on as a referrer. */
export const PRIVATE_PAGE_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };
