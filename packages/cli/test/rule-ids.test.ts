/** Which live rule each rule of a file without ids stands for. */
import type { IntelligenceConfiguration } from "@convintel/client";
import { describe, expect, it } from "vitest";
import { matchRules } from "../src/rule-ids.js";

type LiveRule = IntelligenceConfiguration["rules"][number];

const webhook = (url: string) => ({ type: "WEBHOOK" as const, method: "POST" as const, url });
const rule = (script: string, url = "https://hooks.example.com/a", on: "CONVERSATION_END" | "COMMUNICATION" = "CONVERSATION_END") => ({
  operators: [{ id: "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8b", parameters: { script } }],
  triggers: [{ on }],
  actions: [webhook(url)],
});
const live = (id: string, body: ReturnType<typeof rule>): LiveRule => ({ id, ...body });

describe("matchRules", () => {
  const a = live("rule_a", rule("a", "https://hooks.example.com/a"));
  const b = live("rule_b", rule("b", "https://hooks.example.com/b"));
  const c = live("rule_c", rule("c", "https://hooks.example.com/c", "COMMUNICATION"));

  it("keeps each rule's id when the rules are as live, in any order", () => {
    expect(matchRules([rule("a"), rule("b", "https://hooks.example.com/b")], [a, b])).toEqual(["rule_a", "rule_b"]);
    expect(matchRules([rule("b", "https://hooks.example.com/b"), rule("a")], [a, b])).toEqual(["rule_b", "rule_a"]);
  });

  it("gives an inserted rule no id, and the others theirs", () => {
    const inserted = rule("new", "https://hooks.example.com/new", "COMMUNICATION");
    expect(matchRules([inserted, rule("a"), rule("b", "https://hooks.example.com/b")], [a, b])).toEqual([undefined, "rule_a", "rule_b"]);
  });

  it("gives an edited rule the id of the live rule it shares the most with, even after a deleted one", () => {
    // b deleted, c's operator parameters edited: c keeps its id (its trigger and action are c's), not a's or b's.
    const edited = rule("c-2", "https://hooks.example.com/c", "COMMUNICATION");
    expect(matchRules([rule("a"), edited], [a, b, c])).toEqual(["rule_a", "rule_c"]);
  });

  it("prefers the nearest in order between equally close rules, and makes a rule that shares nothing new", () => {
    const twin = rule("a");
    expect(matchRules([twin, twin], [live("first", twin), live("second", twin)])).toEqual(["first", "second"]);
    const other = {
      operators: [{ id: "intelligence_operator_01kcgy1ew0e9x8re6jq542zt8c" }],
      actions: [webhook("https://hooks.example.com/z")],
    };
    expect(matchRules([other], [a])).toEqual([undefined]);
  });
});
