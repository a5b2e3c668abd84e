/**
 * Throwaway-address services. Signatures from these are held for review rather
 * than refused: the signer sees the same flow, and an organiser decides.
 */
export const DISPOSABLE_DOMAINS: ReadonlySet<string> = new Set([
  "10minutemail.com", "20minutemail.com", "33mail.com", "anonbox.net", "burnermail.io", "discard.email",
  "dispostable.com", "emailondeck.com", "fakeinbox.com", "getairmail.com", "getnada.com", "guerrillamail.biz",
  "guerrillamail.com", "guerrillamail.de", "guerrillamail.net", "guerrillamail.org", "guerrillamailblock.com",
  "harakirimail.com", "inboxkitten.com", "incognitomail.org", "mailcatch.com", "maildrop.cc", "mailinator.com",
  "mailinator.net", "mailnesia.com", "mintemail.com", "moakt.com", "mohmal.com", "mytemp.email", "sharklasers.com",
  "spam4.me", "spamgourmet.com", "temp-mail.io", "temp-mail.org", "tempail.com", "tempmail.com", "tempmail.net",
  "tempmailo.com", "tempr.email", "throwawaymail.com", "trashmail.com", "trashmail.de", "yopmail.com", "yopmail.fr",
  "yopmail.net",
]);

export function isDisposableDomain(domain: string): boolean {
  return DISPOSABLE_DOMAINS.has(domain.toLowerCase());
}
