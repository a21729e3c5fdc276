/** A small seeded generator (mulberry32): the same seed gives the same sequence on every runtime. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, bound). */
  below(bound: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return { next, below: (bound) => Math.floor(next() * bound) };
}

/** A different, still reproducible, seed for each purpose, so that ids and faults draw independently. */
export function deriveSeed(seed: number, purpose: string): number {
  let hash = (seed >>> 0) ^ 0x811c9dc5;
  for (let index = 0; index < purpose.length; index++) {
    hash = Math.imul(hash ^ purpose.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}

const HEX = "0123456789abcdef";

export function randomHex(random: Random, length: number): string {
  let text = "";
  for (let index = 0; index < length; index++) text += HEX[random.below(16)];
  return text;
}
