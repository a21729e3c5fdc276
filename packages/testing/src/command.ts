import { parseArgs } from "node:util";
import { createFakeIntelligence, type FakeIntelligence } from "./fake.js";
import type { FakeServer } from "./http.js";

export const usage = `Usage: convintel-fake [--port 4010] [--host 127.0.0.1] [--seed 1] [--quiet]

Serves a stateful fake of the Twilio Conversation Intelligence v3 Configurations API over HTTP
and prints the URL and credentials to use. Ctrl-C stops it.`;

const options = {
  port: { type: "string", default: "4010" },
  host: { type: "string", default: "127.0.0.1" },
  seed: { type: "string", default: "1" },
  quiet: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

export interface Running {
  fake: FakeIntelligence;
  server: FakeServer;
}

/** Starts the fake as the command line asks; returns undefined after printing help or a usage error. */
export async function startCommand(
  args: string[],
  print: (line: string) => void,
  printError: (line: string) => void,
): Promise<Running | undefined> {
  let values: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options }>>["values"];
  try {
    // `pnpm fake -- --port 4011` hands the script a leading `--`: it separates pnpm's arguments from ours.
    ({ values } = parseArgs({ args: args[0] === "--" ? args.slice(1) : args, options }));
  } catch (error) {
    printError(`${(error as Error).message}\n\n${usage}`);
    return undefined;
  }
  if (values.help) {
    print(usage);
    return undefined;
  }
  const port = Number(values.port);
  const seed = Number(values.seed);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isInteger(seed)) {
    printError(usage);
    return undefined;
  }
  const fake = createFakeIntelligence({
    seed,
    onRequest: values.quiet
      ? undefined
      : (event) =>
          print(`${event.method} ${event.path} → ${event.status ?? "no response"}${event.fault ? ` (fault: ${event.fault})` : ""}`),
  });
  const server = await fake.listen({ port, host: values.host });
  const { accountSid, authToken } = fake.credentials;
  print(`Fake Intelligence API listening on ${server.url}`);
  print(`  username (Account SID): ${accountSid}`);
  print(`  password (Auth Token):  ${authToken}`);
  print(`  try: curl -u ${accountSid}:${authToken} ${server.url}/v3/ControlPlane/Configurations`);
  print("Ctrl-C stops it.");
  return { fake, server };
}
