// Run as a child process: makes calls with the default 30 s timeout, then returns. If any timer or
// listener survived a settled call, the process would stay alive until it fired.
import { IntelligenceClient } from "../../src/index.js";

const [baseUrl, id] = process.argv.slice(2) as [string, string];
const client = new IntelligenceClient({
  apiKey: "SKexit",
  apiSecret: "exit-secret",
  baseUrl,
  env: {},
  initialRetryDelayMs: 1,
  maxRetryDelayMs: 5,
});
const controller = new AbortController();
await client.configurations.fetch(id, { signal: controller.signal });
await client.configurations.fetch(id, { signal: controller.signal, deadline: 60_000 }).catch(() => undefined);
await client.configurations.fetch(id, { timeout: 50, maxRetries: 0 }).catch(() => undefined);
process.stdout.write("settled\n");
