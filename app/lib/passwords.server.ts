import { verify } from "@node-rs/argon2";
import { hashPassword } from "../../db/seed";

export { hashPassword };

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** False for a wrong password and for a malformed stored hash: never throws on bad input. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await verify(hash, password);
  } catch {
    return false;
  }
}

// A real hash of a random password, checked when the email is unknown so both paths take as long.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("dummy password that nobody has");
  await verifyPassword(await dummyHash, password);
  return false;
}
