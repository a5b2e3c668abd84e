import { data } from "react-router";

/** Status codes for a POST whose body is not a form (or not a readable one). */
export const UNSUPPORTED_BODY = 415;
export const MALFORMED_BODY = 400;

/**
 * Reads a form POST. A body that is not a form (JSON, text, no Content-Type)
 * or a broken multipart body is the client's mistake: it gets a 415 or 400
 * with a message, never a 500, and the action does nothing.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded" && type !== "multipart/form-data") {
    throw data(
      { error: "unsupported-media-type", message: "Send this form as application/x-www-form-urlencoded or multipart/form-data." },
      { status: UNSUPPORTED_BODY },
    );
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw data({ error: "malformed-body", message: "The form data could not be read: the body is incomplete or malformed." }, { status: MALFORMED_BODY });
  }
  return withoutNul(form);
}

/** NUL never belongs in text, and PostgreSQL refuses it: drop it rather than fail the whole form. */
export const stripNul = (value: string): string => (value.includes("\0") ? value.replaceAll("\0", "") : value);

function withoutNul(form: FormData): FormData {
  let clean: FormData | null = null;
  for (const [name, value] of form) {
    if (typeof value === "string" && (value.includes("\0") || name.includes("\0"))) {
      clean = new FormData();
      break;
    }
  }
  if (!clean) return form;
  for (const [name, value] of form) clean.append(stripNul(name), typeof value === "string" ? stripNul(value) : value);
  return clean;
}
