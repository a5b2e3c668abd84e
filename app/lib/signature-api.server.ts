import { stripNul } from "./form-data.server";
import { z } from "zod";
import type { AppLoadContext } from "react-router";
import { DEFAULT_LOCALE } from "./i18n";
import { getFixedT } from "./i18n.server";
import { findSignablePetition } from "./petitions.server";
import { hashIp } from "./secrets.server";
import { consentText } from "./sign-action.server";
import { customFieldName, signFormSchemaFor, toSignatureInput } from "./signature-schema";
import { signPetition } from "./signing.server";

/** The OSDI record-signature-helper body. Unknown keys are ignored, as OSDI asks of servers. */
const ApiBodySchema = z.object({
  person: z.object({
    given_name: z.string().max(200).optional(),
    family_name: z.string().max(200).optional(),
    email_addresses: z.array(z.object({ address: z.string().max(320) })).min(1).max(5),
    postal_addresses: z.array(z.object({ postal_code: z.string().max(40).optional(), country: z.string().max(10).optional() })).max(5).optional(),
  }),
  add_tags: z.array(z.string().max(100)).max(20).optional(),
  custom_fields: z.record(z.string().max(64), z.union([z.string().max(1000), z.number(), z.boolean()])).optional(),
});

/** Where each form field comes from in the OSDI body, for error messages per field. */
const FIELD_PATHS: Record<string, string> = {
  name: "person.given_name",
  email: "person.email_addresses[0].address",
  country: "person.postal_addresses[0].country",
  postcode: "person.postal_addresses[0].postal_code",
};

type ApiResult = { status: number; body: unknown };

/** `person.email_addresses[0].address`, the notation used for every field error. */
function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}

function fail(status: number, error: string, message: string, fields?: Record<string, string>): ApiResult {
  return { status, body: { error, message, ...(fields ? { fields } : {}) } };
}

export async function recordSignatureFromApi(request: Request, context: AppLoadContext, slug: string): Promise<ApiResult> {
  const t = await getFixedT(DEFAULT_LOCALE);
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    return fail(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  let raw: unknown;
  try {
    // NUL never belongs in text and PostgreSQL refuses it: drop it from every string.
    raw = JSON.parse(await request.text(), (_key, value: unknown) => (typeof value === "string" ? stripNul(value) : value));
  } catch {
    return fail(400, "invalid_json", "The body is not valid JSON.");
  }
  const petition = await findSignablePetition(context.db, slug, DEFAULT_LOCALE);
  if (!petition) return fail(404, "not_found", "No such petition.");

  const body = ApiBodySchema.safeParse(raw);
  if (!body.success) {
    const fields: Record<string, string> = {};
    for (const issue of body.error.issues) fields[formatPath(issue.path) || "body"] ??= issue.message;
    return fail(422, "validation_failed", "Some fields are missing or invalid.", fields);
  }
  const { person, custom_fields: custom = {}, add_tags: tags = [] } = body.data;
  const postal = person.postal_addresses?.[0];
  const flat: Record<string, unknown> = {
    name: [person.given_name, person.family_name].filter(Boolean).join(" "),
    email: person.email_addresses[0]!.address,
    country: postal?.country?.toUpperCase(),
    postcode: postal?.postal_code,
    source: tags.length > 0 ? tags.join(",").slice(0, 200) : "api",
  };
  for (const field of petition.fields) {
    const value = custom[field.key];
    if (value !== undefined) flat[customFieldName(field.key)] = field.kind === "yesno" && typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
  }
  const parsed = signFormSchemaFor(petition).safeParse(flat);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      const path = FIELD_PATHS[key] ?? (key.startsWith("f_") ? `custom_fields.${key.slice(2)}` : key);
      fields[path] ??= t(issue.message);
    }
    return fail(422, "validation_failed", "Some fields are missing or invalid.", fields);
  }
  const result = await signPetition(context.db, petition, toSignatureInput(parsed.data, petition.fields), {
    locale: DEFAULT_LOCALE,
    channel: "api",
    ipHash: context.clientIp ? hashIp(context.ipHashKey, context.clientIp) : null,
    consentText: consentText(t),
  });
  if (result.outcome === "closed" || result.outcome === "not-open-yet") {
    return fail(409, "petition_closed", result.outcome === "closed" ? "This petition is closed." : "This petition is not open yet.");
  }
  return {
    status: 202,
    body: {
      identifiers: result.signatureId ? [`harm-reduction:${result.signatureId}`] : [],
      status: result.outcome === "already-confirmed" ? "confirmed" : "pending",
      outcome: result.outcome,
      message: t(result.outcome === "created" ? "signed.created" : result.outcome === "resent" ? "signed.resent" : result.outcome === "resend-limit" ? "signed.resendLimit" : "signed.alreadyConfirmed"),
      petition: { slug: petition.slug, title: petition.title },
      _links: { "osdi:petition": { href: `${context.env.APP_URL}/petitions/${petition.slug}` } },
    },
  };
}
