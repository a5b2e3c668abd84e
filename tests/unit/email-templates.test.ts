import { describe, expect, it } from "vitest";
import { templates } from "../../emails";
import { renderEmail } from "~/lib/email.server";

describe("email templates", () => {
  it("renders the confirmation email to HTML and plain text with the link in both", async () => {
    const props = { ...templates["confirm-signature"].previewProps, confirmUrl: "https://example.org/c/abc.def" };
    const email = await renderEmail("confirm-signature", props);
    expect(email.subject).toBe("Please confirm your signature: Police officers for harm reduction");
    expect(email.html).toMatch(/^<!DOCTYPE html/i);
    expect(email.html).toContain('href="https://example.org/c/abc.def"');
    expect(email.html).toContain('lang="en"');
    expect(email.text).toContain("https://example.org/c/abc.def");
    expect(email.text).toContain("Confirm my signature");
    expect(email.text).not.toContain("<");
  });

  it("speaks the signer's language and escapes what signers typed", async () => {
    const email = await renderEmail("confirm-signature", {
      ...templates["confirm-signature"].previewProps,
      locale: "fr",
      signerName: "<b>Zoé</b>",
      petitionTitle: "Des policiers pour la réduction des risques",
    });
    expect(email.subject).toBe("Confirmez votre signature : Des policiers pour la réduction des risques");
    expect(email.html).toContain("Confirmer ma signature");
    expect(email.html).toContain("&lt;b&gt;Zoé&lt;/b&gt;");
    expect(email.html).not.toContain("<b>Zoé</b>");
  });

  it("falls back to English for a language without email texts", async () => {
    const email = await renderEmail("confirm-signature", { ...templates["confirm-signature"].previewProps, locale: "uk" });
    expect(email.subject).toMatch(/^Please confirm your signature/);
  });
});
