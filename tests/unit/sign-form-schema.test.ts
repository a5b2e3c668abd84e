import { describe, expect, it } from "vitest";
import { createSignFormSchema, toSignatureInput, type SignerField } from "~/lib/signature-schema";

const fields: SignerField[] = [
  { key: "officer", kind: "yesno", required: true, isPublic: false, labels: { en: "Officer?" }, options: [] },
  { key: "agency", kind: "text", required: false, isPublic: true, labels: { en: "Agency" }, options: [] },
  {
    key: "rank",
    kind: "choice",
    required: false,
    isPublic: false,
    labels: { en: "Rank" },
    options: [{ value: "officer", labels: { en: "Officer" } }, { value: "chief", labels: { en: "Chief" } }],
  },
];
const schema = createSignFormSchema({ fields, collectPostcode: true });

describe("the signing form schema", () => {
  it("accepts a complete signature and keeps unicode names as typed", () => {
    const result = schema.safeParse({ name: "  Nguyễn Thị Hồng  ", email: "hong@example.vn", country: "VN", f_officer: "no", updates: true });
    expect(result.success).toBe(true);
    const input = toSignatureInput(result.data as Record<string, unknown>, fields);
    expect(input).toMatchObject({ name: "Nguyễn Thị Hồng", country: "VN", updates: true, showName: false, customFields: { officer: "no" } });
  });

  it("gives one message key per invalid field", () => {
    const result = schema.safeParse({ name: "", email: "not an email", country: "XX", f_officer: "maybe", f_rank: "general", postcode: "x".repeat(50) });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField).toEqual({
      name: "sign.errors.required",
      email: "sign.errors.email",
      country: "sign.errors.country",
      f_officer: "sign.errors.choice",
      f_rank: "sign.errors.choice",
      postcode: "sign.errors.tooLong",
    });
  });

  it("requires the required question and limits lengths", () => {
    const result = schema.safeParse({ name: "x".repeat(201), email: `${"a".repeat(250)}@example.org`, country: "SN" });
    const byField = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField).toMatchObject({ name: "sign.errors.tooLong", email: "sign.errors.tooLong", f_officer: "sign.errors.required" });
  });

  it("ignores a postcode when the petition does not ask for one", () => {
    const noPostcode = createSignFormSchema({ fields: [], collectPostcode: false });
    const result = noPostcode.safeParse({ name: "A", email: "a@example.org", country: "FR", postcode: "75001" });
    expect(result.success && result.data.postcode).toBeUndefined();
  });
});
