// Request bodies for signing: every signer has a unique address, and (when
// asked) a unique client address in X-Forwarded-For, as real traffic behind a
// load balancer would.
import { randomBytes } from "node:crypto";
import type { LoadRequest } from "./load";

export const PETITION_SLUG = "police-for-harm-reduction";
export const API_PATH = `/api/v1/petitions/${PETITION_SLUG}/signatures`;
export const FORM_PATH = `/petitions/${PETITION_SLUG}`;
export const COUNTRIES = ["SN", "FR", "GB", "UA", "KE", "BR", "IN", "PH", "NG", "CI", "DE", "US", "MX", "ID", "ZA"] as const;

/** Distinguishes this run's signers from any other rows. */
export const RUN_ID = randomBytes(3).toString("hex");

let sequence = 0;

/** 10.0.0.1, 10.0.0.2, …: never the same address twice, so no address exceeds the per-IP limits. */
export function uniqueClientIp(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${(n & 255) || 1}`;
}

export interface SignerOptions {
  /** Email local-part prefix; the run id and a sequence number follow. */
  prefix: string;
  /** Send a distinct X-Forwarded-For per request (the app must run with TRUST_PROXY=true). */
  varyClientIp: boolean;
}

export const emailLike = (prefix: string) => `${prefix}-${RUN_ID}-%`;

function nextSigner(options: SignerOptions) {
  const n = ++sequence;
  return {
    n,
    email: `${options.prefix}-${RUN_ID}-${n}@bench.example`,
    country: COUNTRIES[n % COUNTRIES.length]!,
    headers: options.varyClientIp ? { "x-forwarded-for": uniqueClientIp(n) } : ({} as Record<string, string>),
  };
}

/** The OSDI JSON body of POST /api/v1/petitions/:slug/signatures. */
export function apiSigning(options: SignerOptions): () => LoadRequest {
  return () => {
    const s = nextSigner(options);
    return {
      method: "POST",
      path: API_PATH,
      headers: { ...s.headers, "content-type": "application/json" },
      body: JSON.stringify({
        person: {
          given_name: "Bench",
          family_name: `Signer ${s.n}`,
          email_addresses: [{ address: s.email }],
          postal_addresses: [{ country: s.country }],
        },
        custom_fields: { law_enforcement: true },
      }),
    };
  };
}

/** The petition page's form post, as a browser without JavaScript sends it. */
export function formSigning(options: SignerOptions & { appUrl: string; path?: string }): () => LoadRequest {
  return () => {
    const s = nextSigner(options);
    return {
      method: "POST",
      path: options.path ?? FORM_PATH,
      headers: { ...s.headers, "content-type": "application/x-www-form-urlencoded", origin: options.appUrl },
      body: new URLSearchParams({ name: `Bench Signer ${s.n}`, email: s.email, country: s.country, f_law_enforcement: "yes" }).toString(),
    };
  };
}

/** The signature id from a 202 body of the JSON API (`identifiers: ["harm-reduction:<uuid>"]`). */
export function acknowledgedId(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { identifiers?: string[]; outcome?: string };
    const id = parsed.identifiers?.[0]?.split(":")[1];
    return parsed.outcome === "created" && id ? id : null;
  } catch {
    return null;
  }
}
