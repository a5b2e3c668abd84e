import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const EXPLAINER_SLUGS = [
  "what-is-harm-reduction",
  "needle-and-syringe-programmes",
  "opioid-agonist-treatment",
  "naloxone-and-overdose-response",
  "peer-support-and-community-mobilisation",
  "rights-and-policy-reform",
  "myths-and-facts",
];

export const DEMO_PETITION = "police-for-harm-reduction";

/** Fails on any serious or critical axe violation, listing what and where. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    `axe violations on ${page.url()}`,
  ).toEqual([]);
}
