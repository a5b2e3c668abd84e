import { describe, expect, it } from "vitest";
import { readForm } from "~/lib/form-data.server";

const post = (body: BodyInit, contentType?: string) =>
  new Request("http://app.test/petitions/x", { method: "POST", body, headers: contentType ? { "content-type": contentType } : {} });

async function rejection(request: Request) {
  const error = await readForm(request).then(
    () => null,
    (e: unknown) => e,
  );
  // What `data()` throws; React Router answers with its status and hands its data to the error boundary.
  const thrown = error as { type?: string; data: { error: string; message: string }; init: { status: number } | null };
  if (thrown?.type !== "DataWithResponseInit") throw new Error(`expected a thrown data() response, got ${String(error)}`);
  return { status: thrown.init?.status, data: thrown.data };
}

describe("readForm", () => {
  it("reads url-encoded and multipart forms", async () => {
    expect((await readForm(post("name=Ada&country=GH", "application/x-www-form-urlencoded"))).get("country")).toBe("GH");
    const multipart = new FormData();
    multipart.set("name", "Ada");
    expect((await readForm(new Request("http://app.test/", { method: "POST", body: multipart }))).get("name")).toBe("Ada");
  });

  it("answers 415 with a message to a body that is not a form", async () => {
    for (const [body, type] of [['{"name":"Ada"}', "application/json"], ["name=Ada", "text/plain"], ["name=Ada", undefined]] as const) {
      const error = await rejection(post(body, type));
      expect(error.status).toBe(415);
      expect(error.data.message).toMatch(/x-www-form-urlencoded/);
    }
  });

  it("answers 400 to a broken multipart body", async () => {
    const error = await rejection(post('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated', "multipart/form-data; boundary=b"));
    expect(error.status).toBe(400);
    expect(error.data.error).toBe("malformed-body");
  });

  it("drops NUL characters, which PostgreSQL cannot store, and keeps the rest", async () => {
    const form = await readForm(post("name=A%00da&ci%00ty=Accra", "application/x-www-form-urlencoded"));
    expect(form.get("name")).toBe("Ada");
    expect(form.get("city")).toBe("Accra");
  });
});
