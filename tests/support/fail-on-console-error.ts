import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

// An unexpected console.error is a bug somewhere. A test that expects errors
// calls allowConsoleErrors() and then asserts on consoleErrors() itself.
let spy: MockInstance<typeof console.error>;
let allowed = false;

export function allowConsoleErrors(): void {
  allowed = true;
  spy.mockImplementation(() => {});
}

export function consoleErrors(): string {
  return spy.mock.calls.map((args) => args.map(String).join(" ")).join("\n");
}

beforeEach(() => {
  allowed = false;
  spy = vi.spyOn(console, "error");
});

afterEach(() => {
  const calls = consoleErrors();
  spy.mockRestore();
  if (calls && !allowed) throw new Error(`console.error was called during the test:\n${calls}`);
});
