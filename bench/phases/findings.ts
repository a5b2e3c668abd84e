// Plain-language lines derived from this run's figures (no hand-written numbers).
import type { Figure, Report } from "../lib/report";

const fmt = (n: number | null | undefined) =>
  n === null || n === undefined || !Number.isFinite(n) ? "–" : Math.abs(n) < 10 ? String(Number(n.toPrecision(2))) : n.toLocaleString("en", { maximumFractionDigits: 0 });

export function addFindings(report: Report): void {
  const byId = (id: string) => report.figures.find((f) => f.id === id);
  const signing = report.figures.filter((f) => /^signing\.(api|form)\./.test(f.id));
  const best = [...signing].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  if (best) {
    report.findings.push(
      `Best signing rate: ${fmt(best.value)} accepted/s (${best.label}); the database alone inserted ${fmt(best.baseline?.value)} rows/s at that concurrency (ratio ${fmt(best.ratio)}).`,
    );
  }
  for (const channel of ["api", "form"]) {
    const one = byId(`signing.${channel}.one-ip.c200`);
    const many = byId(`signing.${channel}.many-ips.c200`);
    const stored = one?.details?.storedByStatus as Record<string, number> | undefined;
    if (one && many && stored) {
      const total = Object.values(stored).reduce((a, b) => a + b, 0);
      report.findings.push(
        `${channel === "api" ? "JSON API" : "Form"} at 200 connections from one address: ${fmt(one.value)} accepted/s, ${fmt(stored.flagged ?? 0)} of ${fmt(total)} stored as flagged (rate limit: 20/min per address); from many addresses: ${fmt(many.value)} accepted/s.`,
      );
    }
  }
  const shed = signing.filter((f) => ((f.details?.status as Record<string, number> | undefined)?.["503"] ?? 0) > 0);
  if (shed.length > 0) {
    report.findings.push(
      `503 answers while PostgreSQL was up, in ${shed.length} of ${signing.length} signing runs: ${shed.map((f: Figure) => `${(f.details?.status as Record<string, number>)["503"]} at ${f.details?.connections} connections (${f.id})`).join(", ")}.`,
    );
  }
  const growth = byId("counting.count-json.growth");
  if (growth) report.findings.push(`count.json costs ${fmt(growth.ratio)}× the CPU per request at ~1M signatures that it costs at ~1k (1 means its cost does not grow with the count).`);
  const pageGrowth = byId("page.petition.growth");
  if (pageGrowth) report.findings.push(`The petition page costs ${fmt(pageGrowth.ratio)}× the CPU per page at ~1M signatures that it costs at ~1k (${fmt(pageGrowth.baseline?.value)} → ${fmt(pageGrowth.value)} ms).`);
  const others = report.figures.map((f) => f.details?.otherProcessesCpuPct).filter((v): v is number => typeof v === "number");
  if (others.length > 0) report.findings.push(`Other processes on the machine used ${fmt(Math.min(...others))}–${fmt(Math.max(...others))} % of its CPU during the runs: compare ratios and CPU per request, not absolute rates.`);
  const lag = byId("counting.lag.under-load");
  if (lag) {
    const d = lag.details as { underLoad: { p50: number; max: number }; idle: { p50: number; max: number } };
    report.findings.push(`Counter lag: p50 ${fmt(d.idle.p50)} ms / max ${fmt(d.idle.max)} ms idle; p50 ${fmt(d.underLoad.p50)} ms / max ${fmt(d.underLoad.max)} ms under signing load.`);
  }
  const page = byId("page.petition.1k");
  if (page) report.findings.push(`The petition page serves ${fmt(page.value)} requests/s, ${fmt(page.ratio)}× what a bare server sending the same bytes serves.`);
}
