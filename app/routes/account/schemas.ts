import { z } from "zod";

/** Field schemas shared by the account forms; messages are i18n keys. */
export const EmailField = z
  .string({ error: "account.errors.required" })
  .trim()
  .max(254, "account.errors.email")
  .pipe(z.email("account.errors.email"));

export const NewPasswordField = z
  .string({ error: "account.errors.required" })
  .min(12, "account.errors.passwordTooShort")
  .max(256, "account.errors.passwordTooLong");

/** A password being checked, not chosen: any length up to the cap, so old passwords still work. */
export const CurrentPasswordField = z.string({ error: "account.errors.required" }).max(256, "account.errors.passwordTooLong");

export const TotpCodeField = z
  .string({ error: "account.errors.required" })
  .transform((code) => code.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "account.errors.code"));
