/** The MCP SDK's own client, connected to a new `convintel-mcp` process against a fake over HTTP. */
import { fileURLToPath } from "node:url";
import type { FakeIntelligence } from "@convintel/testing";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const BIN = fileURLToPath(new URL("../bin/convintel-mcp.js", import.meta.url));

/** Starts the built server with `flags`, with the fake's credentials and only PATH of this environment; the caller closes it. */
export async function connectTo(fake: FakeIntelligence, url: string, ...flags: string[]): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, "--base-url", url, ...flags],
    env: { PATH: process.env.PATH ?? "", TWILIO_ACCOUNT_SID: fake.credentials.accountSid, TWILIO_AUTH_TOKEN: fake.credentials.authToken },
    stderr: "pipe",
  });
  const client = new Client({ name: "convintel-test", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

/** The text of a tool's answer. */
export const textOf = (result: object) => ((result as { content?: { text?: string }[] }).content ?? [])[0]?.text ?? "";
