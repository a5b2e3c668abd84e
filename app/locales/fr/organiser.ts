import type en from "../en/organiser";
import type { DeepStrings } from "../types";

const organiser: DeepStrings<typeof en> = {};

export default organiser;
