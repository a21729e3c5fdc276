/**
 * Files as `convintel` reads and writes them: YAML read strictly (UTF-8, unique keys, a bounded
 * number of aliases) with the source position of every value, and files written whole or not at all.
 */
import { randomUUID } from "node:crypto";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { type Document, isMap, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import { readProjectFile } from "./file-reads.js";

/** A place in a file, for messages: `path:line:column`. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

export const formatPosition = (position: Position) => `${position.file}:${position.line}:${position.column}`;

/** A problem with the files: where, and what rule it breaks. */
export interface FileProblem extends Position {
  message: string;
}

function positionAt(document: Document, lines: LineCounter, file: string, segments: (string | number)[], key: boolean): Position {
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  if (key && segments.length > 0) {
    const parent = segments.length === 1 ? document.contents : document.getIn(segments.slice(0, -1), true);
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === segments.at(-1)) : undefined;
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    if (offset !== undefined) return at(offset);
  }
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = document.getIn(segments.slice(0, depth), true) as Node | undefined;
    const offset = depth === 0 ? document.contents?.range?.[0] : node?.range?.[0];
    if (offset !== undefined && (depth === 0 || node)) return at(offset);
  }
  return { file, line: 1, column: 1 };
}

function segmentsOf(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The line and column of a byte offset in bytes that are UTF-8 up to it. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder().decode(bytes.subarray(0, offset)).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The offset where the first sequence that is not UTF-8 starts (RFC 3629: no overlong forms, no surrogates), or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index]!;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    const second = bytes[index + 1]!;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0)) return index;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90)) return index;
    index += length;
  }
  return -1;
}

/** A file's text, strictly UTF-8; its first bad byte is a problem at its position. Undefined when there is no such file. */
export async function readText(absolutePath: string, path: string): Promise<string | FileProblem[] | undefined> {
  const read = await readProjectFile(absolutePath);
  if ("missing" in read) return undefined;
  if ("refused" in read) return [{ file: path, line: 1, column: 1, message: read.refused }];
  const { bytes } = read;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    return [
      {
        file: path,
        ...bytePosition(bytes, Math.max(0, offset)),
        message: `the file is not UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")}); save it as UTF-8`,
      },
    ];
  }
}

/** Aliases a file may expand (YAML's `*name`): enough for any real configuration, far too few for an alias bomb. */
const MAX_ALIASES = 100;

/** A YAML document as plain data; an error (an alias bomb) is a problem at the file's start. */
export function toData(document: Document, path: string): unknown | FileProblem[] {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return [{ file: path, line: 1, column: 1, message: `the YAML cannot be read: ${(error as Error).message}` }];
  }
}

export function yamlProblems(document: Document, path: string): FileProblem[] {
  return document.errors.map((error) => {
    const at = error.linePos?.[0];
    return { file: path, line: at?.line ?? 1, column: at?.col ?? 1, message: error.message.split("\n")[0]! };
  });
}

/** A YAML file whose top level is a mapping, read: its data, and where each value is written. */
export interface YamlMapping {
  /** Path from the working directory, for messages. */
  path: string;
  absolutePath: string;
  data: Record<string, unknown>;
  /** Where a JSON pointer into the data is written: the nearest value that exists, or with `key`, its name. */
  positionOf(pointer: string, key?: boolean): Position;
  document: Document;
}

/** Reads a YAML mapping; a YAML error or a top level that is not a mapping (`what` says what it should hold) is a problem at its position. */
export async function readYamlMapping(absolutePath: string, cwd: string, what: string): Promise<YamlMapping | FileProblem[]> {
  const path = relative(cwd, absolutePath) || absolutePath;
  // Listed a moment ago: a file gone since is a problem like any other that cannot be read.
  const text = (await readText(absolutePath, path)) ?? [{ file: path, line: 1, column: 1, message: `${basename(path)} is gone` }];
  if (typeof text !== "string") return text;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) return yamlProblems(document, path);
  if (!isMap(document.contents)) return [{ file: path, line: 1, column: 1, message: what }];
  const value = toData(document, path);
  if (Array.isArray(value)) return value as FileProblem[];
  const positionOf = (pointer: string, key = false) => positionAt(document, lines, path, segmentsOf(pointer), key);
  return { path, absolutePath, data: value as Record<string, unknown>, positionOf, document };
}

/**
 * A new temporary file beside `path`, with a name no one can predict, created exclusively: a file or
 * symlink planted under that name makes the write fail instead of being followed.
 */
async function writeTemporary(path: string, text: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  await writeFile(temporary, text, { flag: "wx", mode: 0o644 });
  return temporary;
}

/** Writes a file whole or not at all (a temporary file renamed over it). */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = await writeTemporary(path, text);
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

/**
 * Writes several files as one step, as far as a file system allows: every text goes to its own
 * temporary file first, and only when all are written are they renamed into place. A failure
 * before the renames leaves every file as it was.
 */
export async function writeTogether(files: { path: string; text: string }[]): Promise<void> {
  const written: { temporary: string; path: string }[] = [];
  try {
    for (const file of files) written.push({ temporary: await writeTemporary(file.path, file.text), path: file.path });
  } catch (error) {
    await Promise.all(written.map(({ temporary }) => unlink(temporary).catch(() => {})));
    throw error;
  }
  for (const { temporary, path } of written) await rename(temporary, path);
}
