export { createFakeIntelligence, type FakeIntelligence, type FakeIntelligenceOptions, type FakeSeed } from "./fake.js";
export { deprecationDays, type OperatorSeed, type StoredVersion } from "./operators.js";
export type { AcceptedRuleExecution, ConversationSeedOptions } from "./conversations.js";
export { applySeedData, type ConversationSeed, type SeedData } from "./seed-data.js";
export type { ApiKey, CommunicationInput, Credentials, DeepReadonly } from "./engine.js";
export { FakeResponseError, defaultPageSize } from "./responses.js";
export { formatTimestamp } from "./time.js";
export type { ReceivedRequest, RequestEvent } from "./wire.js";
export { errorBody, errorCodes, type ErrorBody } from "./errors.js";
export { signWebhook, type Delivery, type DeliveryAttempt, type RuleRun, type WebhookOptions } from "./rules.js";
export {
  FaultInjector,
  type ConnectionResetFault,
  type Fault,
  type FaultHandle,
  type FaultKind,
  type FaultRequest,
  type FaultRule,
  type HangFault,
  type HtmlErrorFault,
  type InvalidJsonFault,
  type LatencyFault,
  type OversizedBodyFault,
  type RateLimitFault,
  type RedirectFault,
  type RespondFault,
  type ServerErrorFault,
  type StallBodyFault,
  type TruncateBodyFault,
} from "./faults.js";
export type { FakeServer, ListenOptions } from "./http.js";
/** The spec's example bodies (requests, responses, errors), handy as test fixtures. */
export { examples } from "@convintel/fetch/spec";
