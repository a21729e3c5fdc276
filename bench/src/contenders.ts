/**
 * The clients compared by the request benchmark. Each contender sends the same call: PUT the seed's
 * UpdateConfigurationRequest to one configuration, with HTTP basic auth and a JSON body, then reads
 * and parses the JSON response.
 */
import type { paths, UpdateConfigurationRequest } from "@convintel/types";
import { IntelligenceClient } from "@convintel/client";
import { createIntelligenceFetch, type FetchFunction } from "@convintel/fetch";
import { createNodeFetch } from "@convintel/fetch/node-fetch";
import { examples } from "@convintel/fetch/spec";
import createClient from "openapi-fetch";
import twilio from "twilio";
import { request as undiciRequest } from "undici";
import { fetchReference, signalReference } from "./references.js";

export const configurationId = "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5";
export const accountSid = "AC00000000000000000000000000000000";
export const authToken = "bench-auth-token";
// The examples are deeply readonly; the clients take the mutable request type.
export const updateBody = examples.UpdateConfigurationRequest as unknown as UpdateConfigurationRequest;
export const updatePath = `/v3/ControlPlane/Configurations/${configurationId}`;

export interface Contender {
  name: string;
  /** What the contender is, for the results table. */
  description: string;
  /** Sends one update and resolves once the response body is parsed. */
  update: () => Promise<unknown>;
  /** One of our packages sending through Node's global fetch: also compared with raw fetch plus a timeout signal. */
  overGlobalFetch?: boolean;
}

const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;

function expectOk(status: number, name: string): void {
  if (status !== 200) throw new Error(`${name}: unexpected status ${status}`);
}

export function createContenders(origin: string): Contender[] {
  const url = `${origin}${updatePath}`;
  const contenders: Contender[] = [];

  contenders.push({
    name: fetchReference,
    description: "`fetch(url, { method: 'PUT', headers, body: JSON.stringify(body) })` + `response.json()`",
    update: async () => {
      const response = await fetch(url, {
        method: "PUT",
        headers: { Authorization: authorization, "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(updateBody),
      });
      expectOk(response.status, fetchReference);
      return await response.json();
    },
  });

  contenders.push({
    name: signalReference,
    description:
      "raw fetch with what a client needs for a per-attempt timeout: an `AbortController` whose signal goes to `fetch`, aborted by a 30 s timer that is cleared afterwards",
    update: async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        const response = await fetch(url, {
          method: "PUT",
          headers: { Authorization: authorization, "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify(updateBody),
          signal: controller.signal,
        });
        expectOk(response.status, signalReference);
        return await response.json();
      } finally {
        clearTimeout(timer);
      }
    },
  });

  contenders.push({
    name: "undici request",
    description: "undici `request(url, …)` + `body.json()`",
    update: async () => {
      const { statusCode, body } = await undiciRequest(url, {
        method: "PUT",
        headers: { authorization, "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(updateBody),
      });
      expectOk(statusCode, "undici request");
      return await body.json();
    },
  });

  const openapiFetch = createClient<paths>({ baseUrl: origin, headers: { Authorization: authorization } });
  contenders.push({
    name: "openapi-fetch",
    description: "plain openapi-fetch `createClient<paths>()`, `client.PUT(…)`",
    update: async () => {
      const { data, response } = await openapiFetch.PUT("/v3/ControlPlane/Configurations/{id}", {
        params: { path: { id: configurationId } },
        body: updateBody,
      });
      expectOk(response.status, "openapi-fetch");
      return data;
    },
  });

  const nodeFetch = createNodeFetch();
  if (!nodeFetch) throw new Error("@convintel/fetch/node-fetch offers no transport on this Node.js");
  contenders.push(
    { ...intelligenceFetchContender(origin, "@convintel/fetch", "`createIntelligenceFetch({ baseUrl, auth })`, `client.PUT(…)`", undefined), overGlobalFetch: true },
    intelligenceFetchContender(
      origin,
      "@convintel/fetch + node-fetch",
      "`createIntelligenceFetch({ baseUrl, auth, fetch: createNodeFetch() })`, `client.PUT(…)`: the same, over the node:http transport",
      nodeFetch,
    ),
  );

  contenders.push(...clientContenders(origin));

  const twilioClient = twilio(accountSid, authToken);
  // Domain#baseUrl is public in twilio-node's typings; every Intelligence URL is built from it.
  twilioClient.intelligence.baseUrl = origin;
  contenders.push({
    name: "twilio-node",
    description: "`twilio(sid, token)`, `intelligence.baseUrl = origin`, `intelligence.v3.configurations(id).update(body)`",
    update: () => twilioClient.intelligence.v3.configurations(configurationId).update(updateBody as never),
  });

  return contenders;
}

function intelligenceFetchContender(origin: string, name: string, description: string, fetch: FetchFunction | undefined): Contender {
  const api = createIntelligenceFetch({ baseUrl: origin, auth: { username: accountSid, password: authToken }, ...(fetch ? { fetch } : {}) });
  return {
    name,
    description,
    update: async () => {
      const { data, response } = await api.PUT("/v3/ControlPlane/Configurations/{id}", { params: { path: { id: configurationId } }, body: updateBody });
      expectOk(response.status, name);
      return data;
    },
  };
}

function clientContenders(origin: string): Contender[] {
  const variants = [
    { label: "validation on", validateRequests: true, globalFetch: false },
    { label: "validation off", validateRequests: false, globalFetch: false },
    { label: "validation on, global fetch", validateRequests: true, globalFetch: true },
  ];
  return variants.map(({ label, validateRequests, globalFetch }) => {
    const client = new IntelligenceClient({
      accountSid,
      authToken,
      baseUrl: origin,
      validateRequests,
      ...(globalFetch ? { fetch: (input, init) => globalThis.fetch(input, init) } : {}),
    });
    const options = `{ accountSid, authToken, baseUrl, validateRequests: ${validateRequests}${globalFetch ? ", fetch: globalThis.fetch" : ""} }`;
    return {
      name: `@convintel/client (${label})`,
      description:
        `\`new IntelligenceClient(${options})\`, \`configurations.update(id, body)\`` +
        (globalFetch ? ": Node's global fetch instead of the default transport" : ": the default transport, node:http on Node.js"),
      update: () => client.configurations.update(configurationId, updateBody),
      overGlobalFetch: globalFetch,
    };
  });
}
