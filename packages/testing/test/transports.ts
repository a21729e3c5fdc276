import { createIntelligenceFetch, serverUrl, type FetchFunction, type IntelligenceFetch } from "@convintel/fetch";
import { createFakeIntelligence, type FakeIntelligence, type FakeIntelligenceOptions } from "../src/index.js";

export interface Harness {
  fake: FakeIntelligence;
  baseUrl: string;
  fetch: FetchFunction;
  api: IntelligenceFetch;
  /** Basic auth header value for raw requests. */
  authorization: string;
  close(): Promise<void>;
}

/** The two ways in: the in-process fetch, and Node's fetch against the HTTP listener on 127.0.0.1. */
export const transports = [
  {
    name: "in-process fetch",
    async start(options: FakeIntelligenceOptions = {}): Promise<Harness> {
      const fake = createFakeIntelligence(options);
      return harness(fake, serverUrl, fake.fetch, () => fake.close());
    },
  },
  {
    name: "HTTP listener",
    async start(options: FakeIntelligenceOptions = {}): Promise<Harness> {
      const fake = createFakeIntelligence(options);
      const server = await fake.listen();
      return harness(
        fake,
        server.url,
        (input, init) => globalThis.fetch(input, init),
        () => fake.close(),
      );
    },
  },
] as const;

function harness(fake: FakeIntelligence, baseUrl: string, fetch: FetchFunction, close: () => Promise<void>): Harness {
  return {
    fake,
    baseUrl,
    fetch,
    api: createIntelligenceFetch({ baseUrl, fetch, auth: fake.auth }),
    authorization: `Basic ${btoa(`${fake.auth.username}:${fake.auth.password}`)}`,
    close,
  };
}

/** A clock that moves one second per reading, so every write gets a distinct time. */
export function steppingClock(start = "2026-01-12T08:18:17Z"): () => Date {
  let time = Date.parse(start);
  return () => {
    const now = new Date(time);
    time += 1000;
    return now;
  };
}
