/**
 * The tools an agent needs beyond one operation each: change one configuration from a partial edit
 * and see the plan (the fields that would change) without writing; apply exactly a plan made in this
 * session, refused when the configuration changed since; check a rule against its operators; and
 * summarize what the operators found in one conversation. Writes go through `configurations.modify()`
 * with the operator check, so an agent never writes over a change someone made after its plan.
 */
import { randomUUID } from "node:crypto";
import type { IntelligenceClient, IntelligenceConfiguration, UpdateConfigurationRequest } from "@convintel/client";
import { toUpdateRequest } from "@convintel/client";
import { modifyKeeping } from "./kept-updates.js";
import { ToolRefused } from "./refusals.js";

/** A tool of this module: its name, what it does, its input schema, and whether it writes. */
export interface PlanTool {
  name: string;
  title: string;
  description: string;
  writes: boolean;
  inputSchema: { type: "object"; properties: Record<string, unknown>; required: string[]; additionalProperties: false };
}

/** One field a plan changes, top level (`displayName`, `description`, `rules`), with both values. */
export interface PlannedField {
  field: string;
  before: unknown;
  after: unknown;
}

interface Plan {
  configurationId: string;
  /** The configuration as it was read for the plan: the apply is refused if it changed since. */
  basedOn: IntelligenceConfiguration;
  body: UpdateConfigurationRequest;
}

const EDITABLE = ["displayName", "description", "rules"] as const;

export const planTools: PlanTool[] = [
  {
    name: "plan_configuration_change",
    title: "Plan a change to one configuration",
    description:
      "Reads the configuration, lays the given fields over it (displayName, description, rules: each replaces the current one), checks the result against the spec and the operators its rules name, and answers the fields that would change and a planId. Nothing is written: apply_configuration_plan writes exactly this plan.",
    writes: false,
    inputSchema: {
      type: "object",
      properties: {
        id: { type: "string", description: "The configuration's id (intelligence_configuration_...)." },
        change: {
          type: "object",
          description: "The fields to set: displayName, description, rules (each as in update_configuration's body).",
          properties: { displayName: { type: "string" }, description: { type: "string" }, rules: { type: "array" } },
          additionalProperties: false,
        },
      },
      required: ["id", "change"],
      additionalProperties: false,
    },
  },
  {
    name: "apply_configuration_plan",
    title: "Apply a plan made in this session",
    description:
      "Writes exactly the plan of plan_configuration_change, once: refused (nothing written) when the configuration changed since the plan read it, so a change someone else made is never written over. Plan again to include it. The answer carries the configuration as it was before (replaced), with how to put it back.",
    writes: true,
    inputSchema: {
      type: "object",
      properties: { planId: { type: "string", description: "The planId plan_configuration_change answered." } },
      required: ["planId"],
      additionalProperties: false,
    },
  },
  {
    name: "check_rule",
    title: "Check a rule against its operators",
    description:
      "Checks one rule (as in a configuration's rules) against the spec and the operators it names: each operator exists, a pinned version exists and is not RETIRED, each parameter is declared and of its type, required ones are given. Answers the problems at their JSON pointers and the warnings (a DEPRECATED version). Nothing is written.",
    writes: false,
    inputSchema: {
      type: "object",
      properties: { rule: { type: "object", description: "The rule: operators, triggers, actions, and optionally context." } },
      required: ["rule"],
      additionalProperties: false,
    },
  },
  {
    name: "summarize_conversation",
    title: "Summarize what the operators found in a conversation",
    description:
      "Lists every operator result of one conversation, newest first, each as its operator, the configuration and rule that ran it, its output format and its result (a TEXT result's text, a CLASSIFICATION's label, JSON and EXTRACTION as they are).",
    writes: false,
    inputSchema: {
      type: "object",
      properties: { conversationId: { type: "string", description: "The conversation's id." } },
      required: ["conversationId"],
      additionalProperties: false,
    },
  },
];

const json = (value: unknown) => JSON.stringify(value);

/** The top-level fields that differ between two bodies. */
export function changedFields(before: UpdateConfigurationRequest, after: UpdateConfigurationRequest): PlannedField[] {
  const fields: PlannedField[] = [];
  for (const field of EDITABLE)
    if (json(before[field]) !== json(after[field])) fields.push({ field, before: before[field], after: after[field] });
  return fields;
}

/** The plans of one server session, and the tools that make, apply and inspect them. */
export class PlanSession {
  readonly #plans = new Map<string, Plan>();

  constructor(private readonly client: IntelligenceClient) {}

  async plan(id: string, change: Partial<Pick<UpdateConfigurationRequest, (typeof EDITABLE)[number]>>): Promise<unknown> {
    const unknown = Object.keys(change).find((field) => !(EDITABLE as readonly string[]).includes(field));
    if (unknown !== undefined) throw new ToolRefused(`/change/${unknown} is not a field a plan sets (displayName, description, rules).`);
    const current = await this.client.configurations.fetch(id);
    const before = toUpdateRequest(current);
    const body = { ...before, ...change } as UpdateConfigurationRequest;
    // The spec's rules and the operators', as the write will be checked: a problem is thrown at its pointer.
    const { warnings } = await this.client.configurations.check(body);
    const fields = changedFields(before, body);
    if (fields.length === 0)
      return { planId: null, configurationId: id, version: current.version, fields, warnings, note: "Nothing to change." };
    const planId = randomUUID();
    this.#plans.set(planId, { configurationId: id, basedOn: current, body });
    return { planId, configurationId: id, version: current.version, fields, warnings };
  }

  async apply(planId: string): Promise<unknown> {
    const plan = this.#plans.get(planId);
    if (!plan) throw new ToolRefused(`No plan ${planId} in this session: make one with plan_configuration_change.`);
    const kept = await modifyKeeping(this.client, plan.configurationId, (current) => {
      const theirs = changedFields(toUpdateRequest(plan.basedOn), toUpdateRequest(current));
      if (theirs.length > 0 || current.version !== plan.basedOn.version)
        throw new ToolRefused(
          `${plan.configurationId} changed since the plan read it (version ${plan.basedOn.version} → ${current.version}${theirs.length ? `; changed: ${theirs.map((field) => field.field).join(", ")}` : ""}). Nothing was written: plan again.`,
        );
      return plan.body;
    });
    this.#plans.delete(planId);
    return { applied: planId, ...kept };
  }

  async checkRule(rule: unknown): Promise<unknown> {
    const { warnings } = await this.client.configurations.check({ displayName: "rule check", rules: [rule] } as UpdateConfigurationRequest);
    return { valid: true, warnings };
  }

  async summarize(conversationId: string): Promise<unknown> {
    const results = [];
    for await (const result of this.client.operatorResults.list({ conversationId })) {
      const found = result.result as Record<string, unknown> | undefined;
      const summary = result.outputFormat === "TEXT" ? found?.text : result.outputFormat === "CLASSIFICATION" ? found?.label : found;
      results.push({
        operator: result.operator.id,
        version: result.operator.version,
        configuration: result.intelligenceConfiguration.id,
        ruleId: result.intelligenceConfiguration.ruleId,
        outputFormat: result.outputFormat,
        result: summary,
        dateCreated: result.dateCreated,
      });
    }
    results.sort((a, b) => String(b.dateCreated).localeCompare(String(a.dateCreated)));
    return { conversationId, results };
  }
}
