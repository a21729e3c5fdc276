import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/** Runs a full garbage collection, so that one contender's garbage is not collected on another's time. */
export function collectGarbage(): void {
  collect();
}
