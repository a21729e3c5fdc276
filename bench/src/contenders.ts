/**
 * The clients compared by the request benchmark. Each contender sends the same call: PUT the seed's
 * UpdateConfigurationRequest to one configuration, with HTTP basic auth and a JSON body, then reads
 * and parses the JSON response.
 */
import type { paths } from "@convintel/types";
import { IntelligenceClient } from "@convintel/client";
import { createIntelligenceFetch, fetchTransport, type Transport } from "@convintel/fetch";
import { createNodeTransport } from "@convintel/fetch/node-transport";
import { examples } from "@convintel/fetch/spec";
import createClient from "openapi-fetch";
import twilio from "twilio";
import { Pool, Agent as UndiciAgent, request as undiciRequest } from "undici";
import { request as httpRequest, Agent as HttpAgent } from "node:http";
import { fetchReference, poolReference, signalReference, twilioReference, undiciReference } from "./references.js";

export const configurationId = "intelligence_configuration_01k6fc25s7epm9qtk8rszbv3q5";
export const accountSid = "AC00000000000000000000000000000000";
export const authToken = "bench-auth-token";
// The examples are deeply readonly; the clients take the mutable request type.
export const updateBody = examples.UpdateConfigurationRequest;
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

  // The floors of the two transports @convintel/fetch/node-transport was chosen between, with nothing on
  // top: node:http with a keep-alive agent (what it had before), and undici's dispatcher (what it has now).
  const agent = new HttpAgent({ keepAlive: true, scheduling: "lifo" });
  const target = new URL(url);
  contenders.push({
    name: "node:http request",
    description: "`http.request(url, { method: 'PUT', headers, agent })` with a keep-alive `Agent`, the body read whole + `JSON.parse`",
    update: () =>
      new Promise((resolve, reject) => {
        const body = JSON.stringify(updateBody);
        const request = httpRequest(
          target,
          {
            method: "PUT",
            agent,
            headers: {
              authorization,
              "content-type": "application/json",
              accept: "application/json",
              "content-length": Buffer.byteLength(body),
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () => {
              try {
                expectOk(response.statusCode ?? 0, "node:http request");
                resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
              } catch (error) {
                reject(error);
              }
            });
            response.on("error", reject);
          },
        );
        request.on("error", reject);
        request.end(body);
      }),
  });

  // The floor of the transport it has now: undici's dispatcher API, the body collected whole.
  const dispatcher = new UndiciAgent();
  const dispatchOptions = { origin: target.origin, path: target.pathname, method: "PUT" as const };
  contenders.push({
    name: "undici dispatch",
    description:
      "undici `Agent#dispatch({ origin, path, method: 'PUT', headers, body }, handler)`, the body collected whole + `JSON.parse`",
    update: () =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let status = 0;
        dispatcher.dispatch(
          {
            ...dispatchOptions,
            headers: { authorization, "content-type": "application/json", accept: "application/json" },
            body: JSON.stringify(updateBody),
          },
          {
            // undici takes a handler for its current API by this method; without it, the old one.
            onRequestStart: () => {},
            onResponseStart: (_controller, statusCode) => void (status = statusCode),
            onResponseData: (_controller, chunk) => void chunks.push(chunk),
            onResponseEnd: () => {
              try {
                expectOk(status, "undici dispatch");
                resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
              } catch (error) {
                reject(error);
              }
            },
            onResponseError: (_controller, error) => reject(error),
          },
        );
      }),
  });

  contenders.push({
    name: undiciReference,
    description: "undici `request(url, …)` + `body.json()`",
    update: async () => {
      const { statusCode, body } = await undiciRequest(url, {
        method: "PUT",
        headers: { authorization, "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(updateBody),
      });
      expectOk(statusCode, undiciReference);
      return await body.json();
    },
  });

  const pool = new Pool(origin);
  contenders.push({
    name: poolReference,
    description: "undici `new Pool(origin)`, `pool.request({ path, method: 'PUT', headers, body })` + `body.json()`",
    update: async () => {
      const { statusCode, body } = await pool.request({
        path: updatePath,
        method: "PUT",
        headers: { authorization, "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(updateBody),
      });
      expectOk(statusCode, poolReference);
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

  const nodeTransport = createNodeTransport();
  if (!nodeTransport) throw new Error("@convintel/fetch/node-transport offers no transport on this Node.js");
  contenders.push(
    {
      ...intelligenceFetchContender(
        origin,
        "@convintel/fetch",
        "`createIntelligenceFetch({ baseUrl, auth, fetch: globalThis.fetch })`, `client.PUT(…)`",
        fetchTransport((input, init) => globalThis.fetch(input, init)),
      ),
      overGlobalFetch: true,
    },
    intelligenceFetchContender(
      origin,
      "@convintel/fetch + node-transport",
      "`createIntelligenceFetch({ baseUrl, auth })`, `client.PUT(…)`: the same, over its default Node.js transport (undici's dispatcher)",
      nodeTransport,
    ),
  );

  contenders.push(...clientContenders(origin));

  const twilioClient = twilio(accountSid, authToken);
  // Domain#baseUrl is public in twilio-node's typings; every Intelligence URL is built from it.
  twilioClient.intelligence.baseUrl = origin;
  contenders.push({
    name: twilioReference,
    description: "`twilio(sid, token)`, `intelligence.baseUrl = origin`, `intelligence.v3.configurations(id).update(body)`",
    update: () => twilioClient.intelligence.v3.configurations(configurationId).update(updateBody as never),
  });

  return contenders;
}

function intelligenceFetchContender(origin: string, name: string, description: string, transport: Transport): Contender {
  const api = createIntelligenceFetch({ baseUrl: origin, auth: { username: accountSid, password: authToken }, transport });
  return {
    name,
    description,
    update: async () => {
      const { data, response } = await api.PUT("/v3/ControlPlane/Configurations/{id}", {
        params: { path: { id: configurationId } },
        body: updateBody,
      });
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
        (globalFetch
          ? ": Node's global fetch instead of the default transport"
          : ": the default transport, undici's dispatcher on Node.js"),
      update: () => client.configurations.update(configurationId, updateBody),
      overGlobalFetch: globalFetch,
    };
  });
}
