const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/**
 * The identity used for "one signature per person": lower-cased, without a
 * `+tag`, and for Gmail without dots (Gmail ignores both). The address as typed
 * is kept separately and is the one we send to.
 */
export function canonicalEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at < 1) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1).replace(/\.$/, "");
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replace(/\./g, "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}

export function emailDomain(email: string): string {
  return email.trim().toLowerCase().split("@").pop()!.replace(/\.$/, "");
}

/** True when `domain` is one of `allowed` or a subdomain of one (mail.police.example matches police.example). */
export function domainMatches(domain: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => {
    const base = a.trim().toLowerCase().replace(/^@/, "");
    return base.length > 0 && (domain === base || domain.endsWith(`.${base}`));
  });
}
