import { runMain } from "./lib/cleanup";
import { startCluster } from "./lib/postgres";
import { startApp, startFakeResend } from "./lib/app";
import { apiSigning } from "./lib/signers";
import { runLoad, startLoad } from "./lib/load";
import { connect } from "./lib/sql";
import { sleep } from "./lib/util";

runMain(async () => {
  const cluster = await startCluster();
  const url = await cluster.createDatabase("bench");
  const resend = await startFakeResend();
  const app = await startApp({ databaseUrl: url, resend });
  const sql = connect(url);
  const r1 = await runLoad({ url: app.url, connections: 50, durationS: 5, next: apiSigning({ prefix: `a`, varyClientIp: false }) });
  console.log("r1", JSON.stringify({ ...r1, timeline: undefined }));
  const l = startLoad({ url: app.url, connections: 200, durationS: 20, next: apiSigning({ prefix: `b`, varyClientIp: false }) });
  for (let i = 0; i < 4; i++) {
    await sleep(4000);
    console.log(await sql`select state, wait_event_type, wait_event, left(query, 80) as q, count(*) from pg_stat_activity where datname = current_database() group by 1,2,3,4 order by 5 desc`);
    console.log(await sql`select status, count(*) from signatures group by 1`);
  }
  const r2 = await l.result;
  console.log("r2", JSON.stringify({ ...r2, timeline: undefined }));
  console.log(app.child.output().slice(-3000));
  return 0;
});
