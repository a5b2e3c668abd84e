// What the numbers were measured on, and who else used the CPU meanwhile: on a
// shared 2-core machine, another process's load changes every figure.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "./processes";

export function machineInfo(postgresVersion: string) {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.platform()}-${os.arch()})`,
    cpuModel: cpus[0]?.model ?? "unknown",
    cpuCount: cpus.length,
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres: postgresVersion,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/**
 * Which code was measured: the server entry runs from source (tsx), the routes
 * from build/. A build older than app/ means recent app changes were not measured.
 */
export function codeState() {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  for (const dir of ["app", "server", "db", "emails"]) walk(path.join(PROJECT_ROOT, dir));
  files.sort();
  const hash = createHash("sha256");
  let newest = 0;
  for (const file of files) {
    hash.update(path.relative(PROJECT_ROOT, file)).update(fs.readFileSync(file));
    newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  const buildFile = path.join(PROJECT_ROOT, "build/server/index.js");
  const builtAt = fs.statSync(buildFile).mtimeMs;
  const appFilesNewerThanBuild = files.filter((f) => f.includes(`${path.sep}app${path.sep}`) && fs.statSync(f).mtimeMs > builtAt).length;
  return {
    sourceSha256: hash.digest("hex").slice(0, 16),
    newestSourceChange: new Date(newest).toISOString(),
    buildTime: new Date(builtAt).toISOString(),
    appFilesNewerThanBuild,
  };
}

const TICKS_PER_S = 100;

interface ProcStat {
  ppid: number;
  ticks: number;
  childTicks: number;
}

function readProcesses(): Map<number, ProcStat> {
  const result = new Map<number, ProcStat>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name, which may itself contain spaces and parentheses.
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      result.set(Number(name), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
        childTicks: Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return result;
}

function machineBusyTicks(): { busy: number; total: number } {
  const [line] = fs.readFileSync("/proc/stat", "utf8").split("\n");
  const values = line!.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}

/** CPU ticks of each group: its roots and all their descendants, plus reaped children's time. */
function groupTicks(processes: Map<number, ProcStat>, roots: number[], excludeRoots: number[]): number {
  const children = new Map<number, number[]>();
  for (const [pid, stat] of processes) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  let ticks = 0;
  const stack = [...roots];
  const seen = new Set<number>(excludeRoots);
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const stat = processes.get(pid);
    if (!stat) continue;
    ticks += stat.ticks + (roots.includes(pid) ? stat.childTicks : 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return ticks;
}

export type CpuGroups = () => Record<string, number[]>;

export interface CpuUsage {
  /** CPU seconds used by each group during the window. */
  cpuS: Record<string, number>;
  /** Share of the whole machine (all cores) used by processes that are not ours, in percent. */
  othersPct: number;
  /** Share of the whole machine that was busy, in percent. */
  machineBusyPct: number;
}

/**
 * Measures CPU use between start and stop. The bench process and children not
 * in a group (pgbench) are the "load generator"; the groups' processes are theirs.
 */
export function startCpuMonitor(groups: CpuGroups): { stop(): CpuUsage } {
  const snapshot = () => {
    const processes = readProcesses();
    const roots = groups();
    const allRoots = Object.values(roots).flat();
    // The bench process and its helpers (pgbench) generate the load; its other children are groups of their own.
    const ticks: Record<string, number> = { "load generator": groupTicks(processes, [process.pid], allRoots) };
    for (const [name, pids] of Object.entries(roots)) ticks[name] = groupTicks(processes, pids, allRoots.filter((p) => !pids.includes(p)).concat(process.pid));
    return { ticks, machine: machineBusyTicks() };
  };
  const before = snapshot();
  return {
    stop() {
      const after = snapshot();
      const cpuS: Record<string, number> = {};
      let ours = 0;
      for (const name of Object.keys(after.ticks)) {
        const delta = Math.max(0, after.ticks[name]! - (before.ticks[name] ?? 0));
        ours += delta;
        cpuS[name] = delta / TICKS_PER_S;
      }
      const total = after.machine.total - before.machine.total;
      const busy = after.machine.busy - before.machine.busy;
      return {
        cpuS,
        othersPct: total > 0 ? Math.max(0, Math.round(((busy - ours) / total) * 1000) / 10) : 0,
        machineBusyPct: total > 0 ? Math.round((busy / total) * 1000) / 10 : 0,
      };
    },
  };
}
