import { expectTypeOf } from "vitest";
import {
  type ApiPromise,
  AbortError,
  ApiError,
  callOperation,
  type ConnectionError,
  TimeoutError,
  IntelligenceClient,
  RateLimitError,
  type ClientOptions,
  type IntelligenceConfiguration,
  type Page,
  type Paginator,
  type RetryEvent,
  type UpdateConfigurationRequest,
  type WithResponse,
} from "../src/index.js";

// Type tests: checked by `pnpm typecheck` (tsc includes test/), never run. Each @ts-expect-error fails
// the typecheck if the line it marks ever compiles.
declare const client: IntelligenceClient;
declare const id: string;
declare const body: UpdateConfigurationRequest;

/** callOperation(): a literal id types the input and the result; an id held as data gives unknown. */
export function operationCalls(held: string, input: unknown): void {
  expectTypeOf(callOperation(client, "FetchConfiguration", { path: { id } })).toEqualTypeOf<ApiPromise<IntelligenceConfiguration>>();
  // @ts-expect-error: FetchConfiguration takes its id in path.
  void callOperation(client, "FetchConfiguration", { body: {} });
  expectTypeOf(callOperation(client, held, input)).toEqualTypeOf<ApiPromise<unknown>>();
}

/** Types each call's result. */
export function callResults(): void {
  expectTypeOf(client.configurations.fetch(id)).toEqualTypeOf<ApiPromise<IntelligenceConfiguration>>();
  expectTypeOf(client.configurations.update(id, body)).resolves.toEqualTypeOf<IntelligenceConfiguration>();
  expectTypeOf(client.configurations.delete(id)).resolves.toEqualTypeOf<void>();
  expectTypeOf(client.configurations.update(id, body).withResponse()).resolves.toEqualTypeOf<WithResponse<IntelligenceConfiguration>>();
  expectTypeOf(client.configurations.fetch(id).asResponse()).resolves.toEqualTypeOf<Response>();
  expectTypeOf(client.configurations.list({ pageSize: 50 })).toEqualTypeOf<Paginator<IntelligenceConfiguration>>();
  expectTypeOf(client.configurations.list().pages()).toEqualTypeOf<AsyncGenerator<Page<IntelligenceConfiguration>, void, undefined>>();
  expectTypeOf(client.configurations.list()).resolves.toEqualTypeOf<Page<IntelligenceConfiguration>>();
  expectTypeOf(client.configurations.list().withResponse()).resolves.toEqualTypeOf<WithResponse<Page<IntelligenceConfiguration>>>();
  expectTypeOf(
    client.configurations.modify(id, (current) => ({ ...current, displayName: "new" })),
  ).resolves.toEqualTypeOf<IntelligenceConfiguration>();
}

/** Rejects bodies that break the spec's shape at compile time. */
export function invalidBodies(): void {
  // @ts-expect-error displayName and rules are required by a full-replacement update
  void client.configurations.update(id, { description: "only this" });
  void client.configurations.create({
    displayName: "x",
    // @ts-expect-error not a trigger the spec knows
    rules: [{ operators: [{ id: "op" }], triggers: [{ on: "SOMETIMES" }], actions: [] }],
  });
  void client.configurations.create({
    displayName: "x",
    // @ts-expect-error webhooks are POST only
    rules: [{ operators: [{ id: "op" }], actions: [{ type: "WEBHOOK", method: "GET", url: "https://example.com" }] }],
  });
  // @ts-expect-error the id is a string
  void client.configurations.fetch(42);
  // @ts-expect-error list() takes the API's query and limit only
  void client.configurations.list({ page: 2 });
  // @ts-expect-error modify() callbacks must return a body
  void client.configurations.modify(id, () => ({ description: "incomplete" }));
}

/** Types the options. */
export function clientOptions(): void {
  expectTypeOf<ClientOptions["validateResponses"]>().toEqualTypeOf<false | "strict" | "warn" | undefined>();
  expectTypeOf<ClientOptions["logLevel"]>().toEqualTypeOf<"off" | "error" | "warn" | "info" | "debug" | undefined>();
  // @ts-expect-error unknown log level
  void new IntelligenceClient({ logLevel: "verbose" });
  // @ts-expect-error timeouts are numbers of milliseconds
  void new IntelligenceClient({ timeout: "30s" });
  void new IntelligenceClient({ onRetry: (event) => expectTypeOf(event).toEqualTypeOf<RetryEvent>() });
}

/** Narrows errors with instanceof and the is* helpers. */
export function errorNarrowing(): void {
  const error: unknown = undefined;
  if (error instanceof RateLimitError) {
    expectTypeOf(error.limit).toEqualTypeOf<number | undefined>();
    expectTypeOf(error.status).toEqualTypeOf<number>();
  }
  if (error instanceof ApiError) expectTypeOf(error).toEqualTypeOf<ApiError>();
  if (error instanceof TimeoutError) expectTypeOf(error).toMatchTypeOf<ConnectionError>();
  if (error instanceof AbortError) expectTypeOf(error.reason).toEqualTypeOf<unknown>();
}

/** The README's first example compiles as written. */
export async function readmeExample(): Promise<void> {
  const { IntelligenceClient: Client, NotFoundError } = await import("../src/index.js");
  const readmeClient = new Client();
  const created = await readmeClient.configurations.create({
    displayName: "end-of-conversation-summary",
    rules: [
      {
        operators: [{ id: "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b" }],
        triggers: [{ on: "CONVERSATION_END" }],
        actions: [{ type: "WEBHOOK", method: "POST", url: "https://example.com/intelligence/summary" }],
      },
    ],
  });
  const renamed = await readmeClient.configurations.modify(created.id, (current) => ({ ...current, displayName: "summary-v2" }));
  for await (const configuration of readmeClient.configurations.list({ pageSize: 50 })) {
    console.log(configuration.id, configuration.displayName, configuration.version);
  }
  try {
    await readmeClient.configurations.delete(renamed.id);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  const { data, response, status, requestId, rateLimit } = await readmeClient.configurations
    .update(renamed.id, { displayName: "x", rules: [] })
    .withResponse();
  expectTypeOf(data).toEqualTypeOf<IntelligenceConfiguration>();
  expectTypeOf(response).toEqualTypeOf<Response>();
  expectTypeOf(status).toEqualTypeOf<number>();
  expectTypeOf(requestId).toEqualTypeOf<string | undefined>();
  expectTypeOf(rateLimit?.remaining).toEqualTypeOf<number | undefined>();
}
