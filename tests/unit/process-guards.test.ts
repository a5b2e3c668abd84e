import { describe, expect, it } from "vitest";
import { isPostgresSocketRace } from "../../server/log";

describe("isPostgresSocketRace", () => {
  it("recognises postgres.js writing to a closed socket, and nothing else", () => {
    const race = new TypeError("Cannot read properties of null (reading 'write')");
    race.stack = `${race.message}\n    at nextWrite (file:///app/node_modules/postgres/src/connection.js:250:22)`;
    expect(isPostgresSocketRace(race)).toBe(true);

    const ours = new TypeError("Cannot read properties of null (reading 'write')");
    ours.stack = `${ours.message}\n    at render (file:///app/app/lib/world-map.server.ts:10:5)`;
    expect(isPostgresSocketRace(ours)).toBe(false);
    expect(isPostgresSocketRace(new Error("Cannot read properties of null (reading 'write') postgres/src/connection.js"))).toBe(false);
  });
});
