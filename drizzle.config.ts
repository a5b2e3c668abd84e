import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  // Generation needs no database; migrations are applied by the app at start.
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/unused" },
});
