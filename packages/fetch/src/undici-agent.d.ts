// undici's agent module on its own (node-transport.ts imports it to skip loading the rest of undici).
declare module "undici/lib/dispatcher/agent.js" {
  const Agent: typeof import("undici").Agent;
  export default Agent;
}
