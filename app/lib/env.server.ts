import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default("0.0.0.0"),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
        .optional(),
    ),
    DATA_DIR: z.string().default(".data"),
    APP_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    RESEND_API_KEY: optionalString,
    RESEND_BASE_URL: optionalString.pipe(z.url().optional()),
    RESEND_WEBHOOK_SECRET: optionalString,
    EMAIL_FROM: z.string().default("Harm Reduction Petitions <petitions@localhost>"),
    /** Resend API requests per second, shared by every worker process (Resend's default team limit is 2). */
    EMAIL_REQUESTS_PER_SECOND: z.coerce.number().positive().max(100).default(2),
    SEED_ADMIN_EMAIL: z.email().default("admin@example.org"),
    SEED_ADMIN_PASSWORD: optionalString.pipe(
      z.string().min(12, "must be at least 12 characters").optional(),
    ),
    /** Set to false on web processes when separate `npm run worker` processes do the jobs. */
    RUN_WORKER: z
      .enum(["true", "false"])
      .default("true")
      .transform((value) => value === "true"),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(64 * 1024),
    TRUST_PROXY: booleanFlag,
    /** Multiplies every per-address rate limit (many signers behind one address). */
    IP_RATE_LIMIT_FACTOR: z.coerce.number().int().min(1).max(10_000).default(1),
    LOG_QUERIES: booleanFlag,
  })
  .transform((env) => ({
    ...env,
    APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    isProduction: env.NODE_ENV === "production",
    isDevelopment: env.NODE_ENV === "development",
  }));

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

/**
 * Parses the environment once. A bad value stops the boot with one line that
 * names the variable, instead of a stack trace from somewhere deep later on.
 */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = issue.path.join(".") || "environment";
    throw new EnvError(`Invalid environment variable ${name}: ${issue.message}`);
  }
  return result.data;
}
