/**
 * `convintel-mcp` (`npx @convintel/mcp`): the server over stdio. Credentials come from the client's
 * environment variables (TWILIO_API_KEY and TWILIO_API_SECRET, or TWILIO_ACCOUNT_SID and
 * TWILIO_AUTH_TOKEN); stdout carries the protocol only, so everything said to a person goes to stderr.
 */
import { parseArgs } from "node:util";
import { IntelligenceClient } from "@convintel/client";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createIntelligenceMcpServer } from "./server.js";

// Replaced at build time from package.json.
declare const __MCP_PACKAGE_VERSION__: string;

const usage = `Usage: convintel-mcp [--allow-writes [--allow-deletes]] [--base-url URL]

An MCP server (stdio) for Twilio Conversation Intelligence v3: one tool per operation, each call
checked as @convintel/client checks it. Read-only unless --allow-writes; deletes also need
--allow-deletes. Credentials: TWILIO_API_KEY and TWILIO_API_SECRET (or TWILIO_ACCOUNT_SID and
TWILIO_AUTH_TOKEN). --base-url (or CONVINTEL_BASE_URL) points it at another origin, such as the fake
of @convintel/testing.`;

function main(): Promise<void> | undefined {
  let values: { "allow-writes"?: boolean; "allow-deletes"?: boolean; "base-url"?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        "allow-writes": { type: "boolean" },
        "allow-deletes": { type: "boolean" },
        "base-url": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    process.stderr.write(`convintel-mcp: ${(error as Error).message}\n\n${usage}\n`);
    process.exitCode = 2;
    return undefined;
  }
  if (values.help) {
    process.stderr.write(`${usage}\n`);
    return undefined;
  }
  if (values["allow-deletes"] && !values["allow-writes"]) {
    process.stderr.write("convintel-mcp: --allow-deletes needs --allow-writes too.\n");
    process.exitCode = 2;
    return undefined;
  }
  const env = process.env;
  if (!(env.TWILIO_API_KEY && env.TWILIO_API_SECRET) && !(env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN)) {
    process.stderr.write(
      "convintel-mcp: no Twilio credentials: set TWILIO_API_KEY and TWILIO_API_SECRET (or TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN) in the server's environment (the `env` of its entry in the MCP client's configuration).\n",
    );
    process.exitCode = 1;
    return undefined;
  }
  let client: IntelligenceClient;
  try {
    client = new IntelligenceClient(values["base-url"] === undefined ? {} : { baseUrl: values["base-url"] });
  } catch (error) {
    process.stderr.write(`convintel-mcp: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return undefined;
  }
  const server = createIntelligenceMcpServer({
    client,
    allowWrites: values["allow-writes"] === true,
    allowDeletes: values["allow-deletes"] === true,
    name: "convintel",
    version: __MCP_PACKAGE_VERSION__,
  });
  process.stderr.write(
    `convintel-mcp: serving ${client.baseUrl} over stdio (${values["allow-writes"] ? `writes allowed${values["allow-deletes"] ? ", deletes allowed" : ""}` : "read-only"}).\n`,
  );
  return server.connect(new StdioServerTransport());
}

main()?.catch((error: unknown) => {
  process.stderr.write(`convintel-mcp: ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 1;
});
