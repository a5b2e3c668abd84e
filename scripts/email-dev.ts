// `npm run email:dev`: previews every template in emails/ with realistic props,
// as HTML and as plain text, in each language. Restarts when a file changes.
import http from "node:http";
import { templates, type TemplateName } from "../emails";
import { renderEmail } from "../app/lib/email.server";

const PORT = Number(process.env.EMAIL_DEV_PORT ?? 3001);
const LOCALES = ["en", "fr"];

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function indexPage(): string {
  const rows = (Object.keys(templates) as TemplateName[])
    .map(
      (name) =>
        `<li><strong>${escape(name)}</strong> ${LOCALES.map(
          (l) => `<a href="/${name}/${l}">${l} HTML</a> · <a href="/${name}/${l}/text">${l} text</a>`,
        ).join(" · ")}</li>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Email templates</title><body style="font-family:system-ui;max-width:40rem;margin:2rem auto"><h1>Email templates</h1><ul>${rows}</ul></body></html>`;
}

const server = http.createServer(async (req, res) => {
  const [, name, locale = "en", format] = (req.url ?? "/").split("?")[0]!.split("/");
  if (!name) {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(indexPage());
    return;
  }
  if (!(name in templates)) {
    res.writeHead(404, { "content-type": "text/plain" }).end(`No template named ${name}`);
    return;
  }
  try {
    const template = templates[name as TemplateName];
    const email = await renderEmail(name as TemplateName, { ...template.previewProps, locale });
    if (format === "text") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(`Subject: ${email.subject}\n\n${email.text}`);
    } else {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(email.html);
    }
  } catch (error) {
    res.writeHead(500, { "content-type": "text/plain" }).end(`Rendering ${name} failed: ${(error as Error).stack}`);
  }
});

server.listen(PORT, "127.0.0.1", () => console.log(`Email previews on http://127.0.0.1:${PORT}`));
