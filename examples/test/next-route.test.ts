/**
 * The Next.js route handler recipe (next-app/app/twilio/intelligence/route.ts) in Next.js 16 itself:
 * `next dev` started on 127.0.0.1 with the fake's Auth Token and its own origin in its environment
 * (and telemetry off), the fake's signed delivery answered 204, a forged one, or one signed for
 * another host, 401. The server is stopped, with its whole process group, when the file is done.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { rm, rmdir } from "node:fs/promises";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { IntelligenceClient } from "@convintel/client";
import { createFakeIntelligence, examples, signWebhook } from "@convintel/testing";
import { afterAll, beforeAll, expect, it } from "vitest";

const APP = fileURLToPath(new URL("../next-app/", import.meta.url));
const NEXT = fileURLToPath(new URL("../node_modules/next/dist/bin/next", import.meta.url));
// A build folder of the tests' own (named in tsconfig.json, so Next.js has nothing to add there): a
// developer's `next dev` of the same app, in .next, is left alone.
const DIST = ".next-test";
const fake = createFakeIntelligence({ seed: 9, webhooks: { retryDelayMs: 5 } });

let next: ChildProcess | undefined;
let url = "";
let output = "";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });

beforeAll(async () => {
  const port = await freePort();
  next = spawn(process.execPath, [NEXT, "dev", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: APP,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      TWILIO_AUTH_TOKEN: fake.credentials.authToken,
      WEBHOOK_ORIGIN: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "development",
      CONVINTEL_NEXT_DIST_DIR: DIST,
    },
  });
  const started = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready in")) resolve();
    };
    next!.stdout!.on("data", read);
    next!.stderr!.on("data", read);
    next!.once("exit", (code) => reject(new Error(`next dev exited (${code}):\n${output}`)));
  });
  await started;
  url = `http://127.0.0.1:${port}/twilio/intelligence`;
}, 120_000);

afterAll(async () => {
  if (next?.pid !== undefined && next.exitCode === null) {
    const exited = new Promise((resolve) => next!.once("exit", resolve));
    process.kill(-next.pid, "SIGTERM");
    await exited;
  }
  await rm(new URL(`../next-app/${DIST}`, import.meta.url), { recursive: true, force: true });
  // An empty cache/ folder Next.js makes beside the app on every start.
  await rmdir(new URL("../next-app/cache", import.meta.url)).catch(() => undefined);
});

it("answers the fake's signed delivery with 204, and a forged or replayed one with 401", async () => {
  const client = new IntelligenceClient({ ...fake.credentials, env: {}, fetch: fake.fetch });
  const operator = await client.operators.create({ displayName: "mood", prompt: "How does the customer feel?", outputFormat: "TEXT" });
  const configuration = await client.configurations.create({
    displayName: "next route",
    rules: [
      { operators: [{ id: operator.id! }], triggers: [{ on: "CONVERSATION_END" }], actions: [{ type: "WEBHOOK", method: "POST", url }] },
    ],
  });
  const conversation = { ...structuredClone(examples.Conversation), intelligenceConfigurationIds: [configuration.id] };
  fake.seed.conversation(conversation);
  // The first request compiles the route: made here, unsigned (and refused), before the fake's delivery with its 5 s limit.
  const unsigned = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  expect(unsigned.status).toBe(401);
  await client.ruleExecutions.create({
    intelligenceConfigurationId: configuration.id,
    ruleId: configuration.rules[0]!.id,
    conversationId: conversation.id,
  });
  const [delivery] = await fake.waitForDeliveries();
  expect(delivery?.attempts.at(-1)?.status, `${JSON.stringify(delivery?.attempts)}\n${output}`).toBe(204);
  expect(delivery?.state).toBe("delivered");

  const text = JSON.stringify({ anything: true });
  const { requestUrl, signature } = await signWebhook(url, text, "not-the-token");
  const forged = await fetch(requestUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "x-twilio-signature": signature },
    body: text,
  });
  expect(forged.status).toBe(401);
  expect(await forged.text()).toContain(`it was not made with this Auth Token for ${url}`);
  // Signed with the right token for another receiver of the account: refused, though the Host header says that receiver.
  const elsewhere = await signWebhook("http://staging.example.com/twilio/intelligence", text, fake.credentials.authToken);
  const replayed = await fetch(`${url}${new URL(elsewhere.requestUrl).search}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-twilio-signature": elsewhere.signature, host: "staging.example.com" },
    body: text,
  });
  expect(replayed.status).toBe(401);
}, 120_000);
