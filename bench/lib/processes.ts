// Child processes (app, worker, fake Resend, bare server): started with their
// output kept in a log file, stopped in order, killed if the bench dies.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onCleanup } from "./cleanup";
import { GiveUp, waitFor } from "./util";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const LOG_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "hr-bench-logs-"));
/** Where failing drills keep their processes' logs (owned by the bench, overwritten each run). */
export const SAVED_LOG_DIR = path.join(PROJECT_ROOT, "bench/results/logs");
/** Bytes kept from the end of a saved log. */
const SAVED_LOG_BYTES = 256 * 1024;
if (!process.env.BENCH_KEEP_LOGS) {
  const remove = () => fs.rmSync(LOG_DIR, { recursive: true, force: true });
  onCleanup("log directory", remove, remove);
}

export interface Child {
  name: string;
  process: ChildProcess;
  logPath: string;
  /** Resolves with the exit code (or the signal name) once the process is gone. */
  exited: Promise<number | string>;
  alive(): boolean;
  /** The log so far. */
  output(): string;
  /** Copies the end of the log to bench/results/logs/<name>.log and returns that path. */
  saveLog(name: string): string;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function startChild(name: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const logPath = path.join(LOG_DIR, `${name}-${Date.now()}.log`);
  const fd = fs.openSync(logPath, "a");
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ["ignore", fd, fd] });
  fs.closeSync(fd);
  let done = false;
  const exited = new Promise<number | string>((resolve) => {
    child.on("exit", (code, signal) => {
      done = true;
      resolve(code ?? signal ?? -1);
    });
  });
  const kill = async (signal: NodeJS.Signals = "SIGKILL") => {
    if (done) return;
    child.kill(signal);
    await exited;
  };
  const stop = async (graceMs = 15_000) => {
    if (done) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  };
  const unregister = onCleanup(`process ${name}`, stop, () => {
    if (!done) child.kill("SIGKILL");
  });
  void exited.then(unregister);
  return {
    name,
    process: child,
    logPath,
    exited,
    alive: () => !done,
    output: () => fs.readFileSync(logPath, "utf8"),
    saveLog(saveAs) {
      fs.mkdirSync(SAVED_LOG_DIR, { recursive: true });
      const dest = path.join(SAVED_LOG_DIR, `${saveAs}.log`);
      const text = fs.readFileSync(logPath);
      fs.writeFileSync(dest, text.subarray(Math.max(0, text.length - SAVED_LOG_BYTES)));
      return path.relative(PROJECT_ROOT, dest);
    },
    stop,
    kill,
  };
}

/** Waits until `url` answers 200, failing early if the process dies. */
export async function waitHealthy(child: Child, url: string, timeoutMs = 90_000): Promise<void> {
  await waitFor(
    `${child.name} at ${url}`,
    async () => {
      if (!child.alive()) throw new GiveUp(`${child.name} exited:\n${child.output().split("\n").slice(-20).join("\n")}`);
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
      await response?.arrayBuffer();
      return response?.status === 200;
    },
    timeoutMs,
    200,
  );
}
