import { describe, expect, it } from "vitest";
import { memoize } from "~/lib/memo";

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
