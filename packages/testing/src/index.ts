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
export { FaultInjector } from "./faults.js";
export { FaultRuleError } from "./fault-rules.js";
export type {
  ConnectionResetFault,
  Fault,
  FaultHandle,
  FaultKind,
  FaultRequest,
  FaultRule,
  HangFault,
  HtmlErrorFault,
  InvalidJsonFault,
  LatencyFault,
  OversizedBodyFault,
  RateLimitFault,
  RedirectFault,
  RespondFault,
  ServerErrorFault,
  StallBodyFault,
  TruncateBodyFault,
} from "./fault-types.js";
export type { FakeServer, ListenOptions } from "./http.js";
/** The spec's example bodies (requests, responses, errors), handy as test fixtures. */
export { examples } from "@convintel/fetch/spec";
