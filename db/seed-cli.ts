// `npm run db:seed`: migrate and fill in missing demo content, without starting the web server.
import { loadEnv, prepareDatabase } from "../server/boot";

const env = loadEnv();
const database = await prepareDatabase(env);
await database.stop();
console.log("Database is migrated and seeded.");
