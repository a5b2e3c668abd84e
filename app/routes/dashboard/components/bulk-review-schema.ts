import { z } from "zod";

/** States a bulk decision may touch (accepting only ever touches held ones). */
export const BULK_STATES = ["flagged", "pending", "confirmed"] as const;
export const BULK_DECISIONS = ["accept", "invalidate"] as const;

const M = {
  decision: "dashboard.review.errors.decision",
  criterion: "dashboard.review.errors.criterion",
  ip: "dashboard.review.errors.ip",
  domain: "dashboard.review.errors.domain",
  datetime: "dashboard.review.errors.datetime",
  range: "dashboard.review.errors.range",
  states: "dashboard.review.errors.states",
  previewed: "dashboard.review.errors.previewed",
} as const;

// A datetime-local value ("2026-11-24T14:05", seconds optional), read as UTC like every time in the dashboard.
const utcDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, M.datetime)
  .transform((value) => new Date(`${value}Z`))
  .refine((date) => !Number.isNaN(date.getTime()), M.datetime);

/** One schema for the bulk form on the review page, its preview (GET) and its confirmation (POST). */
export const BulkReviewSchema = z
  .object({
    decision: z.enum(BULK_DECISIONS, { error: M.decision }),
    ip: z.string().trim().max(128, M.ip).regex(/^[A-Za-z0-9_-]+$/, M.ip).optional(),
    domain: z
      .string()
      .trim()
      .toLowerCase()
      .max(253, M.domain)
      .regex(/^@?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, M.domain)
      .transform((value) => value.replace(/^@/, ""))
      .optional(),
    from: utcDateTime.optional(),
    to: utcDateTime.optional(),
    states: z.array(z.enum(BULK_STATES, { error: M.states }), { error: M.states }).min(1, M.states),
    /** The count the confirmation step showed, recorded beside the number actually changed. */
    previewed: z.number({ error: M.previewed }).int(M.previewed).min(0, M.previewed).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.ip && !value.domain && !value.from && !value.to) ctx.addIssue({ code: "custom", message: M.criterion, path: [] });
    if (value.from && value.to && value.to <= value.from) ctx.addIssue({ code: "custom", message: M.range, path: ["to"] });
  });

export type BulkReviewInput = z.output<typeof BulkReviewSchema>;

/** The criteria as query parameters: the preview link, and "change the criteria" back to the form. */
export function bulkReviewParams(input: Partial<BulkReviewInput>): URLSearchParams {
  const params = new URLSearchParams();
  if (input.decision) params.set("decision", input.decision);
  if (input.ip) params.set("ip", input.ip);
  if (input.domain) params.set("domain", input.domain);
  if (input.from) params.set("from", formatUtcInput(input.from));
  if (input.to) params.set("to", formatUtcInput(input.to));
  for (const state of input.states ?? []) params.append("states", state);
  return params;
}

/** A Date as a datetime-local value in UTC. */
export function formatUtcInput(date: Date): string {
  return date.toISOString().slice(0, 19);
}
