/**
 * Text from the account, a file or a server, made safe to print on a terminal: control characters
 * (C0 but newline, C1, DEL) and the bidirectional overrides that reorder what a reader sees are
 * shown as `\u{…}` escapes, so a display name cannot erase or disguise a line of a plan.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
}

/** One line of text: as `printable`, with newlines escaped too. */
export function printableLine(text: string): string {
  return printable(text).replace(/\n/g, "\\n");
}
