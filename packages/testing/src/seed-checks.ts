/**
 * What the fake is seeded with, read as it arrives (from code, a seed file or the control endpoint)
 * and checked against the spec before anything is stored: each reader returns the item typed by the
 * validator that passed it, or throws a TypeError that says what breaks which rule.
 */
import { validate, validators, type CompiledValidator } from "@convintel/fetch";
import type { Conversation, IntelligenceConfiguration, LanguageOperator, OperatorResultsResponseV1 } from "@convintel/types";
import type { ConversationSeedOptions } from "./conversations.js";
import { type OperatorSeed, servedDefinition } from "./operators.js";
import { isRecord } from "./records.js";

/** `value` typed by `validator`, or a TypeError naming what it breaks. */
function conforming<T>(what: string, validator: CompiledValidator<T>, value: unknown, rootPointer = ""): T {
  const result = validate(validator, value, rootPointer);
  if (result.ok) return result.value;
  throw new TypeError(`seed: ${what} breaks the spec: ${result.issues.map((issue) => issue.message).join("; ")}`);
}

/** A configuration as the API shows it, its id included; `index` names it in a message. */
export function seedConfiguration(value: unknown, index: number): IntelligenceConfiguration {
  const configuration = conforming(`configuration ${index}`, validators.validateIntelligenceConfiguration, value);
  const id = validate(validators.validateIntelligenceConfigurationTtid, configuration.id, "/id");
  if (!id.ok) throw new TypeError(`seed: configuration ${index}: ${id.issues[0]!.message}`);
  return configuration;
}

/**
 * An operator with its versions (see OperatorSeed). Each version's summary is checked as a list of
 * versions shows it, and the definition it serves (the operator with the version's `definition` over
 * it) as a fetched version shows it.
 */
export function seedOperator(value: unknown): OperatorSeed {
  if (!isRecord(value)) throw new TypeError("seed: the operator must be an object");
  const { versions, ...fields } = value;
  const current = conforming("the operator", validators.validateLanguageOperator, fields);
  conforming("the operator id", validators.validateOperatorTtid, current.id, "/id");
  if (versions === undefined) return current;
  if (!Array.isArray(versions)) throw new TypeError("seed: the operator's versions must be a list");
  const summaries: unknown[] = [];
  // Each version's own fields: laid over the operator's once the summaries are checked, then checked whole.
  const overrides: (Partial<LanguageOperator> | undefined)[] = [];
  for (const version of versions) {
    if (!isRecord(version)) throw new TypeError("seed: each of the operator's versions must be an object");
    const { definition, ...summary } = version;
    if (definition !== undefined && !isRecord(definition))
      throw new TypeError(`seed: the definition of the operator's version ${String(summary.version)} must be an object`);
    summaries.push(summary);
    overrides.push(definition as Partial<LanguageOperator> | undefined);
  }
  const list = conforming("the operator's versions", validators.validateListOperatorVersionsResponse, {
    items: summaries,
    meta: { key: "items", pageSize: summaries.length },
  });
  return {
    ...current,
    versions: list.items.map((summary, index) => ({
      ...summary,
      definition: conforming(
        `the operator's version ${summary.version}`,
        validators.validateLanguageOperatorVersion,
        servedDefinition(current, summary, overrides[index]),
      ),
    })),
  };
}

export function seedConversation(value: unknown): Conversation {
  return conforming("the conversation", validators.validateConversation, value);
}

/** What a seeded conversation is told beside itself: only `memoryStore`, true or false. */
export function seedConversationOptions(value: unknown): ConversationSeedOptions {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new TypeError("seed: a conversation's options must be an object");
  const { memoryStore, ...rest } = value;
  const unknown = Object.keys(rest).find((key) => rest[key] !== undefined);
  if (unknown !== undefined) throw new TypeError(`seed: ${unknown} is not an option of a seeded conversation (memoryStore)`);
  if (memoryStore !== undefined && typeof memoryStore !== "boolean") throw new TypeError("seed: memoryStore must be true or false");
  return memoryStore === undefined ? {} : { memoryStore };
}

export function seedOperatorResult(value: unknown): OperatorResultsResponseV1 {
  return conforming("the operator result", validators.validateOperatorResultsResponseV1, value);
}
