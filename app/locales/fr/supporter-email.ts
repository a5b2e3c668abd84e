import type en from "../en/supporter-email";
import type { DeepStrings } from "../types";

const supporterEmail: DeepStrings<typeof en> = {};

export default supporterEmail;
