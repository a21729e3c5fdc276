import { parseArgs } from "node:util";
import { createFakeIntelligence } from "./fake.js";

const usage = `Usage: convintel-fake [--port 4010] [--host 127.0.0.1] [--seed 1] [--quiet]

Serves a stateful fake of the Twilio Conversation Intelligence v3 Configurations API over HTTP.
Ctrl-C stops it.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "string", default: "1" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  const seed = Number(values.seed);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isInteger(seed)) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const fake = createFakeIntelligence({
    seed,
    onRequest: values.quiet
      ? undefined
      : (event) => console.log(`${event.method} ${event.path} → ${event.status ?? "no response"}${event.fault ? ` (fault: ${event.fault})` : ""}`),
  });
  const server = await fake.listen({ port, host: values.host });
  console.log(`Fake Intelligence API listening on ${server.url}`);
  console.log(`  Account SID (username): ${fake.credentials.accountSid}`);
  console.log(`  Auth Token (password):  ${fake.credentials.authToken}`);
  console.log(`Try: curl -u ${fake.credentials.accountSid}:${fake.credentials.authToken} ${server.url}/v3/ControlPlane/Configurations`);
  const stop = () => {
    void fake.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
