// Every figure with the baseline measured in the same run and their ratio,
// written as JSON (for tools) and as a Markdown table (for the README).
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./processes";
import { ratio, round } from "./stats";

export interface Figure {
  id: string;
  section: string;
  label: string;
  value: number | null;
  unit: string;
  baseline: { label: string; value: number | null; unit: string } | null;
  /** value ÷ baseline.value. */
  ratio: number | null;
  /** Latencies, status codes, CPU seconds per group, …: what explains the figure. */
  details?: Record<string, unknown>;
  note?: string;
  /** Set instead of a value when the figure could not be measured (and why). */
  notMeasured?: string;
}

export class Report {
  readonly figures: Figure[] = [];
  readonly findings: string[] = [];

  add(figure: Omit<Figure, "ratio">): Figure {
    const full: Figure = {
      ...figure,
      value: figure.value === null ? null : round(figure.value),
      baseline: figure.baseline ? { ...figure.baseline, value: figure.baseline.value === null ? null : round(figure.baseline.value) } : null,
      ratio: ratio(figure.value, figure.baseline?.value ?? null),
    };
    this.figures.push(full);
    return full;
  }

  notMeasured(id: string, section: string, label: string, reason: string): void {
    this.figures.push({ id, section, label, value: null, unit: "", baseline: null, ratio: null, notMeasured: reason });
  }

  write(meta: Record<string, unknown>, dir = path.join(PROJECT_ROOT, "bench/results")): { json: string; md: string } {
    fs.mkdirSync(dir, { recursive: true });
    const json = path.join(dir, "latest.json");
    const md = path.join(dir, "latest.md");
    fs.writeFileSync(json, `${JSON.stringify({ ...meta, figures: this.figures, findings: this.findings }, null, 2)}\n`);
    fs.writeFileSync(md, this.markdown(meta));
    return { json, md };
  }

  markdown(meta: Record<string, unknown>): string {
    const machine = meta.machine as Record<string, unknown>;
    const lines = [
      `# Benchmark results`,
      ``,
      `Measured ${String(meta.timestamp)} by \`npm run bench\` on ${String(machine.cpuCount)} × ${String(machine.cpuModel)}, ` +
        `${String(machine.totalMemoryGiB)} GiB, Node ${String(machine.node)}, PostgreSQL ${String(machine.postgres)} ` +
        `(${String(meta.database)}). Load generator (autocannon, pgbench) on the same machine, over loopback. ` +
        `Every ratio is value ÷ baseline, both measured in this run.`,
      ``,
      `| section | measure | value | baseline | ratio | latency p50 / p99 | notes |`,
      `|---|---|---|---|---|---|---|`,
    ];
    const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
    for (const f of this.figures) {
      if (f.notMeasured) {
        lines.push(`| ${f.section} | ${cell(f.label)} | not measured yet | | | | ${cell(f.notMeasured)} |`);
        continue;
      }
      const latency = f.details?.latencyMs as { p50?: number; p99?: number } | undefined;
      const baseLatency = f.details?.baselineLatencyMs as { p50?: number; p99?: number } | undefined;
      const lat = latency ? `${round(latency.p50 ?? NaN)} / ${round(latency.p99 ?? NaN)} ms${baseLatency ? ` (baseline ${round(baseLatency.p50 ?? NaN)} / ${round(baseLatency.p99 ?? NaN)} ms)` : ""}` : "";
      lines.push(
        `| ${f.section} | ${cell(f.label)} | ${f.value ?? "–"} ${f.unit} | ${f.baseline ? `${f.baseline.value ?? "–"} ${f.baseline.unit} (${cell(f.baseline.label)})` : ""} | ${f.ratio ?? ""} | ${lat} | ${cell(f.note ?? "")} |`,
      );
    }
    if (this.findings.length > 0) lines.push(``, `## What the numbers say`, ``, ...this.findings.map((f) => `- ${f}`));
    lines.push(``, `Raw figures, latencies, status codes and CPU seconds per process group: \`bench/results/latest.json\`.`, ``);
    return lines.join("\n");
  }
}
