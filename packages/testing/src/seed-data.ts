/**
 * A fake's starting data as plain JSON: operators (with their versions), configurations,
 * conversations and operator results. `convintel-fake --seed-file` reads it from a file, and the
 * control endpoint (`POST /__convintel/seed`) from a request, so tests in any language, or a
 * docker-compose setup, start from the same state. Each item is checked against the spec as the
 * in-process `fake.seed` checks it; a problem names the item (`conversations[1]: ...`).
 */
import type { Conversation, IntelligenceConfiguration, OperatorResultsResponseV1 } from "@convintel/types";
import { nearestName } from "@convintel/fetch";
import type { ConversationSeedOptions } from "./conversations.js";
import type { OperatorSeed } from "./operators.js";
import { isRecord } from "./records.js";

/** A conversation to seed: as the API shows it, or with whether a memory store can be found for it. */
export type ConversationSeed = Conversation | ({ conversation: Conversation } & ConversationSeedOptions);

export interface SeedData {
  operators?: OperatorSeed[];
  configurations?: IntelligenceConfiguration[];
  conversations?: ConversationSeed[];
  operatorResults?: OperatorResultsResponseV1[];
}

/** Where seed data goes: the fake's own seeding, which reads each item and checks it against the spec. */
export interface SeedTarget {
  seedOperator(operator: unknown): void;
  seedConfigurations(configurations: readonly unknown[]): void;
  seedConversation(conversation: unknown, options?: unknown): void;
  seedOperatorResult(result: unknown): void;
}

// In the order they are seeded: a configuration names operators, a result names its conversation.
const KINDS = ["operators", "configurations", "conversations", "operatorResults"] as const;

/** Seeds `data` into `target`; throws a TypeError naming the item and what is wrong with it. */
export function applySeedData(target: SeedTarget, data: unknown): void {
  if (!isRecord(data)) throw new TypeError(`seed data must be an object with ${KINDS.join(", ")}`);
  for (const key of Object.keys(data)) {
    if ((KINDS as readonly string[]).includes(key)) continue;
    const nearest = nearestName(key, KINDS);
    throw new TypeError(`seed data: ${key} is not one of ${KINDS.join(", ")}${nearest ? ` (did you mean ${nearest}?)` : ""}`);
  }
  for (const kind of KINDS) {
    const items = data[kind];
    if (items === undefined) continue;
    if (!Array.isArray(items)) throw new TypeError(`seed data: ${kind} must be a list`);
    items.forEach((item: unknown, index) => {
      try {
        seedOne(target, kind, item);
      } catch (error) {
        throw new TypeError(`seed data: ${kind}[${index}]: ${(error as Error).message.replace(/^seed: /, "")}`);
      }
    });
  }
}

function seedOne(target: SeedTarget, kind: (typeof KINDS)[number], item: unknown): void {
  if (!isRecord(item)) throw new TypeError("must be an object");
  if (kind === "operators") target.seedOperator(item);
  else if (kind === "configurations") target.seedConfigurations([item]);
  else if (kind === "operatorResults") target.seedOperatorResult(item);
  else if ("conversation" in item) {
    const { conversation, ...options } = item;
    target.seedConversation(conversation, options);
  } else target.seedConversation(item);
}
