// Every template in the registry renders, in English and French, as HTML and text
// (what `npm run email:dev` previews), and bulk ones carry their unsubscribe links.
import { describe, expect, it } from "vitest";
import { templates, type TemplateName } from "../../emails";
import { renderEmail } from "~/lib/email.server";

const names = Object.keys(templates) as TemplateName[];

describe("email templates", () => {
  it.each(names.flatMap((name) => ["en", "fr"].map((locale) => [name, locale] as const)))("%s renders in %s with its preview props", async (name, locale) => {
    const email = await renderEmail(name, { ...templates[name].previewProps, locale } as never);
    expect(email.subject.length).toBeGreaterThan(0);
    expect(email.html).toContain(`lang="${locale}"`);
    expect(email.text.length).toBeGreaterThan(40);
    expect(email.text).not.toMatch(/<\/?[a-z]+[^>]*>/i);
  });

  it.each(["supporter-update", "milestone", "petition-outcome", "carry-over"] as const)("%s shows unsubscribe and preference links only when given", async (name) => {
    const props = templates[name].previewProps;
    const withLinks = await renderEmail(name, props as never);
    expect(withLinks.html).toContain(props.unsubscribeUrl!);
    expect(withLinks.html).toContain(props.preferencesUrl!);
    expect(withLinks.text).toContain(props.unsubscribeUrl!);
    const without = await renderEmail(name, { ...props, unsubscribeUrl: null, preferencesUrl: null } as never);
    expect(without.html).not.toContain("/unsubscribe/");
  });

  it("speaks French to French signers", async () => {
    const thanks = await renderEmail("thanks-share", { ...templates["thanks-share"].previewProps, locale: "fr" });
    expect(thanks.subject).toBe("Merci d’avoir signé : Police officers for harm reduction");
    const outcome = await renderEmail("petition-outcome", { ...templates["petition-outcome"].previewProps, locale: "fr", outcome: "delivered" });
    expect(outcome.subject).toBe("« Police officers for harm reduction » a été remise");
  });
});
