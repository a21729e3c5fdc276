export { run } from "./program.js";
export type { Io, Output } from "./context.js";
