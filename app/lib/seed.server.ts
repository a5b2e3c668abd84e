// The seed lives in db/; app code reaches db/ only through app/lib/*.server.ts.
export { seedDatabase, hashPassword } from "../../db/seed";
