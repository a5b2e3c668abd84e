import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseHealth, dedicatedHealthCheck, type HealthCheck } from "../../server/database-health";
import { createTestDatabase, type TestDatabase } from "../support/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** A check that answers whatever the test queues next. */
function scripted(answers: Array<Awaited<ReturnType<HealthCheck>>>): HealthCheck {
  return async () => answers.shift() ?? "up";
}

describe("DatabaseHealth", () => {
  it("goes down on the first refused connection and up on the first good answer", async () => {
    const changes: boolean[] = [];
    const health = new DatabaseHealth(scripted(["unreachable", "unreachable", "up"]), (up) => changes.push(up));
    await health.checkOnce();
    expect(health.isUp).toBe(false);
    await health.checkOnce();
    await health.checkOnce();
    expect(health.isUp).toBe(true);
    expect(changes).toEqual([false, true]);
  });

  it("counts a busy database as up until it has been slow three times in a row", async () => {
    const health = new DatabaseHealth(scripted(["slow", "slow", "up", "slow", "slow", "slow"]));
    for (let i = 0; i < 5; i++) {
      await health.checkOnce();
      expect(health.isUp).toBe(true);
    }
    await health.checkOnce();
    expect(health.isUp).toBe(false);
  });
});

describe("dedicatedHealthCheck", () => {
  it("answers up while every connection of the request pool is busy", async () => {
    const pool = postgres(t.url, { max: 2, onnotice: () => {} });
    const probe = dedicatedHealthCheck(t.url, 1_000);
    try {
      const busy = [pool`select pg_sleep(2)`, pool`select pg_sleep(2)`];
      // The pool's connections are taken: a ping through it would wait ~2 s and time out.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await probe.check()).toBe("up");
      await Promise.all(busy);
    } finally {
      await probe.close();
      await pool.end({ timeout: 1 });
    }
  });

  it("answers unreachable when nothing listens at the address", async () => {
    const url = new URL(t.url);
    url.port = "9"; // discard port: nothing speaks PostgreSQL there
    const probe = dedicatedHealthCheck(url.toString(), 2_000);
    try {
      expect(await probe.check()).toBe("unreachable");
    } finally {
      await probe.close();
    }
  });
});
