import { describe, expect, it } from "vitest";
import { memoize, sharedForAMoment } from "~/lib/memo";

describe("memoize", () => {
  it("computes once per key and forgets the least recently used beyond its size", () => {
    const calls: number[] = [];
    const square = memoize(
      (n: number) => {
        calls.push(n);
        return n * n;
      },
      (n) => String(n),
      2,
    );
    expect([square(2), square(2), square(3)]).toEqual([4, 4, 9]);
    expect(calls).toEqual([2, 3]);
    square(2); // 2 is now the most recently used, so 3 goes first
    square(4);
    square(2);
    square(3);
    expect(calls).toEqual([2, 3, 4, 3]);
  });
});

describe("sharedForAMoment", () => {
  it("shares one load per key within the window, per owner, and forgets failures", async () => {
    let loads = 0;
    const shared = sharedForAMoment<number>(50);
    const owner = {};
    const load = async () => ++loads;
    expect(await Promise.all([shared(owner, "a", load), shared(owner, "a", load)])).toEqual([1, 1]);
    expect(await shared(owner, "b", load)).toBe(2);
    expect(await shared({}, "a", load)).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await shared(owner, "a", load)).toBe(4);

    const failing = () => Promise.reject(new Error("database away"));
    await expect(shared(owner, "c", failing)).rejects.toThrow("database away");
    expect(await shared(owner, "c", load)).toBe(5);
  });
});
