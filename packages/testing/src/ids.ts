import { schemas } from "@convintel/fetch/spec";
import type { Random } from "./random.js";

type Part = { literal: string } | { alphabet: string; count: number };

/**
 * Reads an identifier pattern of the spec (`^prefix[0-7][0-9a-z]{25}$`: literals, character classes with
 * ranges, `{n}` repetition) into parts a generator can fill. Anything else is refused loudly, so a spec
 * change that this cannot honour fails at load instead of minting ids the spec rejects.
 */
export function parseIdPattern(pattern: string): Part[] {
  const parts: Part[] = [];
  let index = pattern.startsWith("^") ? 1 : 0;
  const end = pattern.endsWith("$") ? pattern.length - 1 : pattern.length;
  while (index < end) {
    const char = pattern[index]!;
    let part: Part;
    if (char === "[") {
      const close = pattern.indexOf("]", index);
      if (close < 0) throw new Error(`Unsupported id pattern ${pattern}`);
      part = { alphabet: expandClass(pattern.slice(index + 1, close), pattern), count: 1 };
      index = close + 1;
    } else if (char === "\\") {
      part = { literal: pattern[index + 1]! };
      index += 2;
    } else if (/[A-Za-z0-9_-]/.test(char)) {
      part = { literal: char };
      index += 1;
    } else {
      throw new Error(`Unsupported id pattern ${pattern}`);
    }
    const repeat = /^\{(\d+)\}/.exec(pattern.slice(index, end));
    if (repeat) {
      const count = Number(repeat[1]);
      part = "literal" in part ? { literal: part.literal.repeat(count) } : { alphabet: part.alphabet, count };
      index += repeat[0].length;
    }
    const last = parts.at(-1);
    if ("literal" in part && last && "literal" in last) last.literal += part.literal;
    else parts.push(part);
  }
  return parts;
}

function expandClass(body: string, pattern: string): string {
  let alphabet = "";
  for (let index = 0; index < body.length; index++) {
    const from = body[index]!;
    if (body[index + 1] === "-" && index + 2 < body.length) {
      const to = body[index + 2]!;
      for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) alphabet += String.fromCharCode(code);
      index += 2;
    } else if (/[A-Za-z0-9_]/.test(from)) {
      alphabet += from;
    } else {
      throw new Error(`Unsupported character class in id pattern ${pattern}`);
    }
  }
  return alphabet;
}

/** Mints ids that match one of the spec's id patterns. */
export function createIdGenerator(pattern: string, random: Random): () => string {
  const parts = parseIdPattern(pattern);
  const check = new RegExp(pattern, "u");
  return () => {
    let id = "";
    for (const part of parts) {
      if ("literal" in part) id += part.literal;
      else for (let count = 0; count < part.count; count++) id += part.alphabet[random.below(part.alphabet.length)];
    }
    if (!check.test(id)) throw new Error(`Generated id ${id} does not match ${pattern}`);
    return id;
  };
}

export const configurationIdPattern: string = schemas.IntelligenceConfigurationTtid.pattern;
export const ruleIdPattern: string = schemas.IntelligenceConfigurationRuleTtid.pattern;
export const operatorIdPattern: string = schemas.OperatorTtid.pattern;
export const operatorResultIdPattern: string = schemas.OperatorResultTtid.pattern;
export const communicationIdPattern: string = schemas.CommunicationTtid.pattern;
