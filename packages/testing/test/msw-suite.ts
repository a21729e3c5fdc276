/** What the msw handlers must do, whichever major of msw runs them. */
import { expect, it } from "vitest";
import type { FakeIntelligence } from "../src/index.js";
import { intelligenceHandlers } from "../src/msw.js";

const API = "https://intelligence.twilio.com";

interface Server {
  use(...handlers: unknown[]): void;
}

export function mswSuite(fake: FakeIntelligence, server: Server) {
  const auth = () => `Basic ${btoa(`${fake.credentials.accountSid}:${fake.credentials.authToken}`)}`;
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${API}${path}`, { ...init, headers: { authorization: auth(), "content-type": "application/json", ...init.headers } });

  it("answers the API's requests through the global fetch from the fake's state", async () => {
    const created = await call("/v3/ControlPlane/Configurations", {
      method: "POST",
      body: JSON.stringify({ displayName: "through msw", rules: [] }),
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string };
    expect(fake.configurations.map((configuration) => configuration.id)).toEqual([body.id]);
    const fetched = await call(`/v3/ControlPlane/Configurations/${body.id}`);
    expect(await fetched.json()).toMatchObject({ displayName: "through msw", version: 1 });
  });

  it("keeps the fake's checks: a body that breaks the spec is a 400, bad credentials a 401", async () => {
    const invalid = await call("/v3/ControlPlane/Configurations", { method: "POST", body: JSON.stringify({ rules: [] }) });
    expect(invalid.status).toBe(400);
    const unauthorized = await fetch(`${API}/v3/ControlPlane/Configurations`, { headers: { authorization: "Basic bm86bm8=" } });
    expect(unauthorized.status).toBe(401);
  });

  it("turns a reset the fake is told to produce into a network error, and answers injected statuses", async () => {
    fake.faults.add({ operationId: "ListConfigurations", fault: { kind: "connectionReset" }, times: 1 });
    await expect(call("/v3/ControlPlane/Configurations")).rejects.toThrow(TypeError);
    fake.faults.add({ operationId: "ListConfigurations", fault: { kind: "serverError", status: 503 }, times: 1 });
    expect((await call("/v3/ControlPlane/Configurations")).status).toBe(503);
    expect((await call("/v3/ControlPlane/Configurations")).status).toBe(200);
  });

  it("serves another baseUrl when told, and leaves every other request to the suite's own handlers", async () => {
    server.use(...intelligenceHandlers(fake, { baseUrl: "https://proxy.example.com/twilio/" }));
    const proxied = await fetch("https://proxy.example.com/twilio/v3/ControlPlane/Configurations", { headers: { authorization: auth() } });
    expect(proxied.status).toBe(200);
    // Not the API's: msw's onUnhandledRequest "error" refuses it, so the handlers did not take it.
    await expect(fetch(`${API}/other`)).rejects.toThrow();
  });
}
