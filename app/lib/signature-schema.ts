import { z } from "zod";
import { isCountryCode } from "./countries";

export interface SignerField {
  key: string;
  kind: "text" | "choice" | "yesno";
  required: boolean;
  isPublic: boolean;
  labels: Record<string, string>;
  options: { value: string; labels: Record<string, string> }[];
}

export interface SignFormOptions {
  fields: SignerField[];
  collectPostcode: boolean;
}

export const NAME_MAX = 200;
export const EMAIL_MAX = 254;
export const POSTCODE_MAX = 20;
export const CUSTOM_TEXT_MAX = 300;
export const TRACKING_MAX = 200;
export const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;

/** Form field name of a custom question. */
export const customFieldName = (key: string) => `f_${key}`;

// Messages are translation keys; the page and the API translate them.
const M = {
  required: "sign.errors.required",
  tooLong: "sign.errors.tooLong",
  email: "sign.errors.email",
  country: "sign.errors.country",
  choice: "sign.errors.choice",
} as const;

const optionalTracking = z.string().trim().max(TRACKING_MAX).optional();

/** The one schema for the signing form: Conform uses it in the browser and on the server. */
export function createSignFormSchema(options: SignFormOptions) {
  const custom: Record<string, z.ZodType<string | undefined>> = {};
  for (const field of options.fields) {
    let schema: z.ZodType<string>;
    if (field.kind === "text") {
      schema = z.string({ error: M.required }).trim().min(1, M.required).max(CUSTOM_TEXT_MAX, M.tooLong);
    } else {
      const values = field.kind === "yesno" ? ["yes", "no"] : field.options.map((o) => o.value);
      schema = z.string({ error: M.required }).refine((v) => values.includes(v), M.choice);
    }
    custom[customFieldName(field.key)] = field.required ? schema : schema.optional();
  }
  return z.object({
    name: z.string({ error: M.required }).trim().min(1, M.required).max(NAME_MAX, M.tooLong),
    email: z.string({ error: M.required }).trim().max(EMAIL_MAX, M.tooLong).pipe(z.email(M.email)),
    country: z.string({ error: M.required }).refine(isCountryCode, M.country),
    postcode: options.collectPostcode ? z.string().trim().max(POSTCODE_MAX, M.tooLong).optional() : z.any().transform(() => undefined),
    updates: z.boolean().default(false),
    showName: z.boolean().default(false),
    /** Honeypot: hidden from people, filled in by bots. */
    website: z.string().max(500).optional(),
    source: optionalTracking,
    ...Object.fromEntries(UTM_KEYS.map((k) => [k, optionalTracking])),
    ...custom,
  });
}

export interface SignatureInput {
  name: string;
  email: string;
  country: string;
  postcode?: string;
  updates: boolean;
  showName: boolean;
  website?: string;
  source?: string;
  utm: Record<string, string>;
  customFields: Record<string, string>;
}

/** Turns the parsed form (flat field names) into what the signing service takes. */
export function toSignatureInput(value: Record<string, unknown>, fields: SignerField[]): SignatureInput {
  const utm: Record<string, string> = {};
  for (const key of UTM_KEYS) if (typeof value[key] === "string" && value[key]) utm[key] = value[key] as string;
  const customFields: Record<string, string> = {};
  for (const field of fields) {
    const v = value[customFieldName(field.key)];
    if (typeof v === "string" && v !== "") customFields[field.key] = v;
  }
  return {
    name: value.name as string,
    email: value.email as string,
    country: value.country as string,
    postcode: (value.postcode as string | undefined) || undefined,
    updates: value.updates === true,
    showName: value.showName === true,
    website: (value.website as string | undefined) || undefined,
    source: (value.source as string | undefined) || undefined,
    utm,
    customFields,
  };
}

const schemas = new WeakMap<SignFormOptions, ReturnType<typeof createSignFormSchema>>();
const schemasByShape = new Map<string, ReturnType<typeof createSignFormSchema>>();

/**
 * The schema for a petition's form, built once: per petition object (signing reuses those for a
 * second), and per shape of questions (each page render gets fresh objects with the same questions).
 */
export function signFormSchemaFor(options: SignFormOptions): ReturnType<typeof createSignFormSchema> {
  let schema = schemas.get(options);
  if (schema) return schema;
  const shape = JSON.stringify([options.collectPostcode, options.fields]);
  schema = schemasByShape.get(shape);
  if (!schema) {
    schema = createSignFormSchema(options);
    // Bounded: a few shapes per petition over the life of the process.
    if (schemasByShape.size >= 500) schemasByShape.clear();
    schemasByShape.set(shape, schema);
  }
  schemas.set(options, schema);
  return schema;
}
