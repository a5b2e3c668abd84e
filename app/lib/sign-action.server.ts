import { parseWithZod } from "@conform-to/zod/v4";
import type { TFunction } from "i18next";
import type { AppLoadContext } from "react-router";
import { getFixedT } from "./i18n.server";
import type { Locale } from "./i18n";
import type { PetitionView } from "./petitions.server";
import { hashIp } from "./secrets.server";
import { signFormSchemaFor, toSignatureInput } from "./signature-schema";
import { signPetition, type SignOutcome } from "./signing.server";
import { readForm } from "./form-data.server";

export function consentText(t: TFunction): string {
  return `${t("sign.privacy")}\n${t("sign.updates")}\n${t("sign.showName")}`;
}

/** Parses a signing form post and signs; shared by the petition page and the embed widget. */
export async function handleSignForm(
  request: Request,
  context: AppLoadContext,
  petition: PetitionView,
  locale: Locale,
  channel: "web" | "embed",
) {
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: signFormSchemaFor(petition) });
  if (submission.status !== "success") return { ok: false as const, reply: submission.reply() };
  const t = await getFixedT(locale);
  const { outcome } = await signPetition(context.db, petition, toSignatureInput(submission.value, petition.fields), {
    locale,
    channel,
    ipHash: context.clientIp ? hashIp(context.ipHashKey, context.clientIp) : null,
    consentText: consentText(t),
  });
  return { ok: true as const, outcome };
}

export function outcomeMessageKey(outcome: SignOutcome): string {
  switch (outcome) {
    case "created":
      return "signed.created";
    case "resent":
      return "signed.resent";
    case "resend-limit":
      return "signed.resendLimit";
    case "already-confirmed":
      return "signed.alreadyConfirmed";
    case "not-open-yet":
      return "sign.notOpenYet";
    case "closed":
      return "sign.closed";
  }
}

export const SIGN_OUTCOMES: readonly SignOutcome[] = ["created", "resent", "resend-limit", "already-confirmed", "closed", "not-open-yet"];
