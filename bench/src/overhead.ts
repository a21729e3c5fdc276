/**
 * Layer overhead without a network: the CPU time per call of each layer above `fetch`, with a stub
 * `fetch` that answers at once with the seed response. Less sensitive to other load on the machine
 * than the request rates, since nothing waits on a socket or on the server process.
 */
import type { paths } from "@convintel/types";
import { IntelligenceClient } from "@convintel/client";
import { createIntelligenceFetch, type FetchFunction } from "@convintel/fetch";
import { examples } from "@convintel/fetch/spec";
import createClient from "openapi-fetch";
import { accountSid, authToken, configurationId, updateBody, updatePath } from "./contenders.js";
import { collectGarbage } from "./gc.js";
import { median, rotate, summarize, type Summary } from "./stats.js";

export interface OverheadOptions {
  calls: number;
  rounds: number;
}

export interface OverheadResult {
  name: string;
  cpuMicrosecondsPerCall: Summary;
  /** Median over rounds of (this layer's CPU per call − the bare stub call's in the same round). */
  aboveStub: number;
}

const origin = "http://127.0.0.1:9";
const payload = JSON.stringify(examples.UpdatedConfiguration);
const responseInit = { status: 200, headers: { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(payload)) } };
const stub: FetchFunction = async () => new Response(payload, responseInit);
const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;

function layers(): { name: string; call: () => Promise<unknown> }[] {
  const openapiFetch = createClient<paths>({ baseUrl: origin, headers: { Authorization: authorization }, fetch: stub as typeof fetch });
  const intelligenceFetch = createIntelligenceFetch({ baseUrl: origin, auth: { username: accountSid, password: authToken }, fetch: stub });
  const client = (validateRequests: boolean) =>
    new IntelligenceClient({ accountSid, authToken, baseUrl: origin, fetch: stub, validateRequests });
  const clientOn = client(true);
  const clientOff = client(false);
  const params = { path: { id: configurationId } };
  return [
    {
      name: "stub fetch alone",
      call: async () => {
        const response = await stub(`${origin}${updatePath}`, {
          method: "PUT",
          headers: { Authorization: authorization, "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify(updateBody),
        });
        return await response.json();
      },
    },
    {
      name: "openapi-fetch",
      call: async () => (await openapiFetch.PUT("/v3/ControlPlane/Configurations/{id}", { params, body: updateBody })).data,
    },
    {
      name: "@convintel/fetch",
      call: async () => (await intelligenceFetch.PUT("/v3/ControlPlane/Configurations/{id}", { params, body: updateBody })).data,
    },
    { name: "@convintel/client (validation on)", call: () => clientOn.configurations.update(configurationId, updateBody) },
    { name: "@convintel/client (validation off)", call: () => clientOff.configurations.update(configurationId, updateBody) },
  ];
}

async function cpuPerCall(call: () => Promise<unknown>, calls: number): Promise<number> {
  const before = process.cpuUsage();
  for (let index = 0; index < calls; index++) await call();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
}

export async function benchOverhead(options: OverheadOptions, log: (line: string) => void): Promise<OverheadResult[]> {
  const all = layers();
  // One full collection first, none between batches: see the requests section for why.
  collectGarbage();
  for (const layer of all) await cpuPerCall(layer.call, options.calls);
  const times = new Map<string, number[]>(all.map((layer) => [layer.name, []]));
  const above = new Map<string, number[]>(all.map((layer) => [layer.name, []]));
  for (let round = 0; round < options.rounds; round++) {
    const roundTimes = new Map<string, number>();
    for (const layer of rotate(all, round)) roundTimes.set(layer.name, await cpuPerCall(layer.call, options.calls));
    const stubTime = roundTimes.get(all[0]!.name)!;
    for (const [name, time] of roundTimes) {
      times.get(name)!.push(time);
      above.get(name)!.push(time - stubTime);
    }
  }
  log(`layer overhead: ${options.rounds} rounds of ${options.calls} calls per layer`);
  return all.map((layer) => ({
    name: layer.name,
    cpuMicrosecondsPerCall: summarize(times.get(layer.name)!),
    aboveStub: median(above.get(layer.name)!),
  }));
}
