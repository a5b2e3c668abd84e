import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "~/lib/embedded-postgres.server";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

async function query<T extends object>(url: string, text: string): Promise<T[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return (await sql.unsafe(text)) as unknown as T[];
  } finally {
    await sql.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("creates a cluster, keeps its data across restarts, and stops cleanly", async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "hr-embedded-"));
    dirs.push(dataDir);
    await fs.chmod(dataDir, 0o755);

    const first = await startEmbeddedPostgres({ dataDir, durable: false });
    expect(first.owned).toBe(true);
    await query(first.url, "create table kept (v text); insert into kept values ('still here')");
    const [version] = await query<{ server_version_num: string }>(first.url, "show server_version_num");
    expect(Number(version!.server_version_num)).toBeGreaterThanOrEqual(150000);

    // A second process on the same data directory attaches instead of starting another server.
    const attached = await startEmbeddedPostgres({ dataDir });
    expect(attached.owned).toBe(false);
    expect(attached.port).toBe(first.port);
    await attached.stop();
    expect(await query<{ v: string }>(first.url, "select v from kept")).toEqual([{ v: "still here" }]);

    await first.stop();
    await expect(query(first.url, "select 1")).rejects.toThrow();
    await expect(fs.access(path.join(dataDir, "postgres", "postmaster.pid"))).rejects.toThrow();

    const second = await startEmbeddedPostgres({ dataDir, durable: false });
    try {
      expect(await query<{ v: string }>(second.url, "select v from kept")).toEqual([{ v: "still here" }]);
    } finally {
      await second.stop();
    }
  });

  it("only listens on loopback and requires the generated password", async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "hr-embedded-"));
    dirs.push(dataDir);
    await fs.chmod(dataDir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir, durable: false });
    try {
      const [setting] = await query<{ listen_addresses: string }>(pg.url, "show listen_addresses");
      expect(setting!.listen_addresses).toBe("127.0.0.1");
      const wrong = new URL(pg.url);
      wrong.password = "wrong";
      await expect(query(wrong.toString(), "select 1")).rejects.toThrow(/password authentication failed/);
      const stat = await fs.stat(path.join(dataDir, "postgres.password"));
      expect(stat.mode & 0o077).toBe(0);
    } finally {
      await pg.stop();
    }
  });
});
