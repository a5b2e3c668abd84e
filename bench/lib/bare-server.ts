// The page baseline: a bare node:http server sending the same bytes the app
// sent for the petition page, with no framework, database or rendering.
import fs from "node:fs";
import { createServer } from "node:http";

const body = fs.readFileSync(process.env.BODY_FILE!);
const contentType = process.env.CONTENT_TYPE ?? "text/html; charset=utf-8";
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": contentType, "content-length": body.length });
  res.end(body);
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("listening"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
