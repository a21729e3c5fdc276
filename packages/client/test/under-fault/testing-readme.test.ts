/** The examples of @convintel/testing's README, run with this client as they are written there. */
import { createFakeIntelligence, examples } from "@convintel/testing";
import { describe, expect, it } from "vitest";
import { IntelligenceClient } from "../../src/index.js";

describe("the README's examples", () => {
  it("in-process: a client on fake.fetch with fake.credentials", async () => {
    const fake = createFakeIntelligence();
    const client = new IntelligenceClient({ ...fake.credentials, fetch: fake.fetch });

    const created = await client.configurations.create({ displayName: "summaries", rules: [] });
    expect(fake.configurations).toEqual([created]);
  });

  it("seeds the documented configuration, so the documented update runs as written", async () => {
    const fake = createFakeIntelligence({ configurations: [examples.UpdatedConfiguration] });
    const client = new IntelligenceClient({ ...fake.credentials, fetch: fake.fetch });
    const updated = await client.configurations.update(
      examples.UpdatedConfiguration.id,
      structuredClone(examples.UpdateConfigurationRequest),
    );
    expect(updated.version).toBe(examples.UpdatedConfiguration.version + 1);
    expect(updated.rules.map((rule) => rule.id)).toEqual([examples.UpdateConfigurationRequest.rules[0]!.id]);
  });

  it("over HTTP: a client on the listener's url", async () => {
    const fake = createFakeIntelligence();
    const server = await fake.listen();
    try {
      const client = new IntelligenceClient({ ...fake.credentials, baseUrl: server.url });
      const created = await client.configurations.create({ displayName: "summaries", rules: [] });
      expect(await client.configurations.list().toArray()).toEqual([created]);
    } finally {
      await fake.close();
    }
  });
});
