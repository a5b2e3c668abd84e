import { describe, expect, it } from "vitest";
import { renderMarkdown } from "~/lib/markdown.server";

describe("renderMarkdown", () => {
  it("renders the Markdown that explainers use", () => {
    const html = renderMarkdown("## Why\n\nNeedle programmes **work**.\n\n- one\n- two\n\n> quoted");
    expect(html).toContain("<h2>Why</h2>");
    expect(html).toContain("<strong>work</strong>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toContain("<blockquote>");
  });

  it("keeps the page's single h1 by demoting headings in the body", () => {
    expect(renderMarkdown("# Title").trim()).toBe("<h2>Title</h2>");
  });

  it("removes scripts, event handlers and dangerous URLs", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) <a href="data:text/html,x">d</a>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|data:text|<iframe|<img/i);
    expect(html).not.toContain("alert(1)");
  });

  it("marks external links and keeps internal ones plain", () => {
    const html = renderMarkdown("[WHO](https://www.who.int/) and [myths](/explainers/myths-and-facts)");
    expect(html).toContain('<a href="https://www.who.int/" rel="noopener noreferrer nofollow">WHO</a>');
    expect(html).toContain('<a href="/explainers/myths-and-facts">myths</a>');
  });

  it("keeps unicode text as written and escapes markup characters", () => {
    const html = renderMarkdown("Thành phố Hồ Chí Minh — Кыргызстан & «Sénégal» 5 < 6");
    expect(html).toContain("Thành phố Hồ Chí Minh — Кыргызстан &amp; «Sénégal» 5 &lt; 6");
  });
});
