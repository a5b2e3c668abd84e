// Resident memory of another process, read from /proc (Linux): what it holds
// now, and the most it held while it was being watched.
import fs from "node:fs";

function statusMiB(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    // The process has ended.
    return null;
  }
}

/** Resident set size now, in MiB; null when the process is gone. */
export const rssMiB = (pid: number) => statusMiB(pid, "VmRSS");

/** The kernel's high-water mark of the resident set over the process's whole life (start-up included), in MiB. */
export const lifetimePeakRssMiB = (pid: number) => statusMiB(pid, "VmHWM");

export interface RssWatch {
  /** Stops sampling; the peak includes one last sample taken now. */
  stop(): { peakMiB: number | null; samples: number };
}

/**
 * Samples the resident set every `intervalMs` and keeps the largest. VmHWM
 * cannot be used for a window: it also holds whatever start-up peaked at.
 */
export function watchRss(pid: number, intervalMs = 100): RssWatch {
  let peak: number | null = null;
  let samples = 0;
  const sample = () => {
    const now = rssMiB(pid);
    if (now === null) return;
    samples++;
    peak = peak === null ? now : Math.max(peak, now);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakMiB: peak, samples };
    },
  };
}
