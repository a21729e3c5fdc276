import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createFakeIntelligence, type FakeIntelligence } from "./fake.js";
import type { FakeServer } from "./http.js";
import type { SeedData } from "./seed-data.js";

export const usage = `Usage: convintel-fake [--port 4010] [--host 127.0.0.1] [--seed 1] [--seed-file data.json]
                      [--account-sid AC...] [--auth-token ...] [--quiet]

Serves a stateful fake of Twilio's Conversation Intelligence API v3 (all 18 operations:
configurations, operators and their versions, conversations, operator results, rule executions)
over HTTP, and prints the URL and the credentials to use. Ctrl-C stops it.

  --port N          the port (0: any free one)
  --host HOST       the interface to listen on; 0.0.0.0 in a container
  --seed N          seeds ids, credentials and fault probabilities
  --seed-file FILE  JSON with operators, configurations, conversations and operatorResults to
                    start with (and to start from again on every reset)
  --account-sid, --auth-token
                    the credentials it takes (default: made from --seed), so that other
                    containers can be given them
  --quiet           no line per request

Its control endpoint, with the same credentials: POST /__convintel/seed (the same JSON),
POST /__convintel/faults ({ "fault": { "kind": "serverError" }, "operationId": "...", "times": 1 }),
DELETE /__convintel/faults, POST /__convintel/reset, GET /__convintel/state.`;

const options = {
  port: { type: "string", default: "4010" },
  host: { type: "string", default: "127.0.0.1" },
  seed: { type: "string", default: "1" },
  "seed-file": { type: "string" },
  "account-sid": { type: "string" },
  "auth-token": { type: "string" },
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
  let data: SeedData | undefined;
  const seedFile = values["seed-file"];
  if (seedFile !== undefined) {
    try {
      data = JSON.parse(await readFile(seedFile, "utf8")) as SeedData;
    } catch (error) {
      printError(`--seed-file ${seedFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return undefined;
    }
  }
  let fake: FakeIntelligence;
  try {
    const credentials = { accountSid: values["account-sid"], authToken: values["auth-token"] };
    fake = createFakeIntelligence({
      seed,
      ...(credentials.accountSid === undefined && credentials.authToken === undefined ? {} : { credentials }),
      ...(data === undefined ? {} : { data }),
      onRequest: values.quiet
        ? undefined
        : (event) =>
            print(`${event.method} ${event.path} → ${event.status ?? "no response"}${event.fault ? ` (fault: ${event.fault})` : ""}`),
    });
  } catch (error) {
    printError(`--seed-file ${seedFile}: ${(error as Error).message}`);
    return undefined;
  }
  const server = await fake.listen({ port, host: values.host });
  const { accountSid, authToken } = fake.credentials;
  print(`Fake Intelligence API listening on ${server.url}`);
  print(`  username (Account SID): ${accountSid}`);
  print(`  password (Auth Token):  ${authToken}`);
  print(`  try: curl -u ${accountSid}:${authToken} ${server.url}/v3/ControlPlane/Configurations`);
  print("Ctrl-C stops it.");
  return { fake, server };
}
