import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/lib/env.server";

describe("parseEnv", () => {
  it("fills in defaults that need no set-up", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.RUN_WORKER).toBe(true);
    expect(env.isProduction).toBe(true);
  });

  it("derives APP_URL from PORT and drops a trailing slash from an explicit one", () => {
    expect(parseEnv({ PORT: "4100" }).APP_URL).toBe("http://localhost:4100");
    expect(parseEnv({ APP_URL: "https://petitions.example.org/" }).APP_URL).toBe("https://petitions.example.org");
  });

  it("treats empty strings as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", RESEND_API_KEY: "  " });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.RESEND_API_KEY).toBeUndefined();
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL"],
    [{ APP_URL: "ftp://example.org" }, "APP_URL"],
    [{ SEED_ADMIN_EMAIL: "not-an-email" }, "SEED_ADMIN_EMAIL"],
    [{ SEED_ADMIN_PASSWORD: "short" }, "SEED_ADMIN_PASSWORD"],
    [{ RUN_WORKER: "maybe" }, "RUN_WORKER"],
  ])("rejects %o with one line naming %s", (input, name) => {
    expect(() => parseEnv(input)).toThrow(EnvError);
    try {
      parseEnv(input);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(`Invalid environment variable ${name}:`);
      expect(message).not.toContain("\n");
    }
  });
});
