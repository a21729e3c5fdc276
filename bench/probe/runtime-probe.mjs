// The request benchmark in another runtime (Bun, Deno, a newer Node): plain JavaScript, so every
// runtime runs it as it is. It compares the built @convintel/client with raw fetch on the same
// server and prints one JSON line with the rate of every batch. bench/src/runtimes.ts starts it.
import process from "node:process";
import { IntelligenceClient } from "@convintel/client";

const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const options = JSON.parse(args[0]);
const { origin, requests, warmup, rounds, concurrencies, body, configurationId, accountSid, authToken } = options;

const url = `${origin}/v3/ControlPlane/Configurations/${configurationId}`;
const authorization = `Basic ${btoa(`${accountSid}:${authToken}`)}`;
const headers = { Authorization: authorization, "Content-Type": "application/json", Accept: "application/json" };

function expectOk(status, name) {
  if (status !== 200) throw new Error(`${name}: unexpected status ${status}`);
}

function clientContender(name, validate) {
  const client = new IntelligenceClient({ accountSid, authToken, baseUrl: origin, validateRequests: validate });
  return { name, update: () => client.configurations.update(configurationId, body) };
}

const contenders = [
  {
    name: "raw fetch",
    update: async () => {
      const response = await fetch(url, { method: "PUT", headers, body: JSON.stringify(body) });
      expectOk(response.status, "raw fetch");
      return await response.json();
    },
  },
  {
    name: "raw fetch + timeout signal",
    update: async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        const response = await fetch(url, { method: "PUT", headers, body: JSON.stringify(body), signal: controller.signal });
        expectOk(response.status, "raw fetch + timeout signal");
        return await response.json();
      } finally {
        clearTimeout(timer);
      }
    },
  },
  clientContender("@convintel/client (validation on)", true),
  clientContender("@convintel/client (validation off)", false),
];

// The client's own work, without a network: the same update on a `fetch` that answers at once with
// the server's answer, against that stub called as raw fetch would call it. Deterministic enough to
// set a budget on, where the rates above move with the server's share of the two cores.
const seed = await fetch(url, { method: "PUT", headers, body: JSON.stringify(body) });
const seedText = await seed.text();
const seedHeaders = { "Content-Type": "application/json", "Content-Length": String(new TextEncoder().encode(seedText).byteLength) };
const stub = async () => new Response(seedText, { status: 200, headers: seedHeaders });
const stubClient = new IntelligenceClient({ accountSid, authToken, baseUrl: origin, fetch: stub });
contenders.push(
  {
    name: "stub fetch alone",
    update: async () => {
      const response = await stub(url, { method: "PUT", headers, body: JSON.stringify(body) });
      expectOk(response.status, "stub fetch alone");
      return await response.json();
    },
  },
  { name: "@convintel/client (validation on) on the stub fetch", update: () => stubClient.configurations.update(configurationId, body) },
);

async function batch(contender, total, concurrency) {
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started++;
      await contender.update();
    }
  };
  const cpu = process.cpuUsage();
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - begin;
  const used = process.cpuUsage(cpu);
  // Requests per second, and this process's CPU time (user + system) per request in microseconds.
  return { rate: total / (elapsed / 1000), cpu: (used.user + used.system) / total };
}

for (const contender of contenders) {
  for (const concurrency of concurrencies) await batch(contender, warmup, concurrency);
}

// rates[concurrency][contender] = one rate per round (cpu: CPU µs per request); each round starts with a different contender.
const rates = {};
const cpu = {};
for (let round = 0; round < rounds; round++) {
  for (const concurrency of concurrencies) {
    const order = contenders.map((_, index) => contenders[(index + round) % contenders.length]);
    for (const contender of order) {
      const measured = await batch(contender, requests, concurrency);
      ((rates[concurrency] ??= {})[contender.name] ??= []).push(measured.rate);
      ((cpu[concurrency] ??= {})[contender.name] ??= []).push(measured.cpu);
    }
  }
}

const runtime = globalThis.Bun
  ? { name: "bun", version: globalThis.Bun.version }
  : globalThis.Deno
    ? { name: "deno", version: globalThis.Deno.version.deno }
    : { name: "node", version: process.versions.node };
console.log(JSON.stringify({ runtime, rates, cpu }));
