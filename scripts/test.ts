// `npm test`: typecheck, unit and integration tests (vitest, real PostgreSQL),
// then the browser tests (Playwright, Debian's Chromium) against the built app.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface Step {
  name: string;
  command: string;
  args: string[];
  ok?: boolean;
}

function run(step: Step): boolean {
  console.log(`\n━━ ${step.name} ━━ ${step.command} ${step.args.join(" ")}`);
  const result = spawnSync(step.command, step.args, { stdio: "inherit", env: process.env });
  step.ok = result.status === 0;
  return step.ok;
}

function ensureChromium(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  const canInstall = process.getuid?.() === 0 && spawnSync("which", ["apt-get"]).status === 0;
  if (!canInstall) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
    return false;
  }
  console.log("Chromium is missing: installing Debian's chromium package");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const install = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  return update.status === 0 && install.status === 0 && fs.existsSync(CHROMIUM);
}

function readCounts(): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  try {
    const vitest = JSON.parse(fs.readFileSync("test-reports/vitest.json", "utf8")) as { numPassedTests: number; numFailedTests: number };
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests;
  } catch {
    // No report: the step failed before running tests, which the step status already says.
  }
  try {
    const e2e = JSON.parse(fs.readFileSync("test-reports/e2e.json", "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  } catch {
    // As above.
  }
  return { passed, failed };
}

// Not test-results/: Playwright empties that folder when it starts.
fs.rmSync("test-reports", { recursive: true, force: true });
fs.mkdirSync("test-reports", { recursive: true });

const steps: Step[] = [
  { name: "typecheck", command: "npx", args: ["react-router", "typegen"] },
  { name: "typecheck", command: "npx", args: ["tsc"] },
  {
    name: "unit and integration tests",
    command: "npx",
    args: ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-reports/vitest.json"],
  },
  { name: "build", command: "npx", args: ["react-router", "build"] },
];
for (const step of steps) run(step);

const browserStep: Step = { name: "browser tests", command: "npx", args: ["playwright", "test"] };
const built = steps.find((s) => s.name === "build")?.ok;
if (!built) console.error("\nSkipping the browser tests: the build failed.");
else if (!ensureChromium()) browserStep.ok = false;
else run(browserStep);
steps.push(browserStep);

const { passed, failed } = readCounts();
console.log("\n━━ summary ━━");
for (const step of steps) console.log(`${step.ok ? "ok  " : "FAIL"} ${step.name} (${step.command} ${step.args.join(" ")})`);
const allOk = steps.every((s) => s.ok);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(allOk && failed === 0 ? 0 : 1);
