import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A random secret for links and cookies: 160 bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(20).toString("base64url");
}

/** What we store instead of a secret. SHA-256 suffices: the secrets are random, not passwords. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, "hex");
  const actual = Buffer.from(hashSecret(secret), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

const TOKEN_FORMAT = /^([A-Za-z0-9-]{8,64})\.([A-Za-z0-9_-]{16,128})$/;

/** Splits `<id>.<secret>`; null when the shape is wrong. */
export function parseToken(token: string): { id: string; secret: string } | null {
  const match = TOKEN_FORMAT.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}
