import type { Db } from "./database.server";
import type { Env } from "./env.server";
import type { Mailer } from "./email.server";

/** What the server hands to every loader and action (see server/app.ts). */
export interface AppContext {
  db: Db;
  env: Env;
  mailer: Mailer;
  /** Per-response nonce that the Content-Security-Policy allows for inline scripts. */
  cspNonce: string;
  /** The client's address (behind a proxy only when TRUST_PROXY is set); never stored as is. */
  clientIp: string | null;
  /** Key for hashing IP addresses, shared by every process through the database. */
  ipHashKey: string;
}

declare module "react-router" {
  interface AppLoadContext extends AppContext {}
}
