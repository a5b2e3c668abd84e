import type { Request, Response } from "express";
import type { Db } from "~/lib/database.server";
import { getOpenData, openDataCsv } from "~/lib/petitions.server";

/** `/petitions/:slug.json` and `.csv`: a path shape React Router's segments cannot express. */
export const OPEN_DATA_PATH = /^\/petitions\/([a-z0-9]+(?:-[a-z0-9]+)*)\.(json|csv)$/;

export function openDataHandler(db: Db) {
  return async (req: Request, res: Response) => {
    const [, slug, format] = OPEN_DATA_PATH.exec(req.path)!;
    const data = await getOpenData(db, slug!);
    res.set("Access-Control-Allow-Origin", "*");
    if (!data) {
      res.status(404).json({ error: "not_found", message: "No such petition." });
      return;
    }
    res.set("Cache-Control", "public, max-age=60, stale-while-revalidate=300, stale-if-error=3600");
    if (format === "csv") {
      res.type("text/csv; charset=utf-8").set("Content-Disposition", `attachment; filename="${slug}.csv"`).send(openDataCsv(data));
    } else {
      res.json(data);
    }
  };
}
