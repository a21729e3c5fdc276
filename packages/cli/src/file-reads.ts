/**
 * Reading a file of the project (a configuration, an operator, operators.yaml, state.json): only a
 * regular file, read through no symbolic link, and no larger than a project file can be. A
 * repository is input like any other: a link planted under a file's name could make a plan print a
 * file from anywhere on the machine (a CI runner's), and a link to a device or a named pipe would
 * never finish reading. Files the user names on the command line (`--env-file`, a saved plan) are not
 * read through here: the user chose them.
 */
import { constants } from "node:fs";
import { lstat, open } from "node:fs/promises";
import { basename, relative } from "node:path";

/** Far above any configuration, operator or state file, and small enough to read at once. */
export const MAX_PROJECT_FILE_BYTES = 64 * 1024 * 1024;

/** A file's bytes; `missing` when there is none; otherwise why it was not read, as a sentence about the file. */
export type ProjectFileRead = { bytes: Uint8Array } | { missing: true } | { refused: string };

// O_NOFOLLOW refuses a link planted between the check and the open; O_NONBLOCK keeps a named pipe from blocking the open. Windows has neither.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export async function readProjectFile(absolutePath: string): Promise<ProjectFileRead> {
  const name = basename(absolutePath);
  const refusedFor = (code: string | undefined, error: unknown): ProjectFileRead => {
    if (code === "ENOENT") return { missing: true };
    if (code === "ELOOP") return { refused: symbolicLink(name) };
    if (code === "EISDIR") return { refused: directory(name) };
    return { refused: `${name} cannot be read (${code ?? (error as Error).message})` };
  };
  try {
    if ((await lstat(absolutePath)).isSymbolicLink()) return { refused: symbolicLink(name) };
  } catch (error) {
    return refusedFor((error as NodeJS.ErrnoException).code, error);
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(absolutePath, OPEN_FLAGS);
  } catch (error) {
    return refusedFor((error as NodeJS.ErrnoException).code, error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return { refused: directory(name) };
    if (!stats.isFile())
      return { refused: `${name} is not a regular file (a device, a named pipe or a socket); convintel reads only files` };
    if (stats.size > MAX_PROJECT_FILE_BYTES) return { refused: tooLarge(name) };
    const bytes = await handle.readFile();
    // A file that grew between the size check and the read.
    if (bytes.byteLength > MAX_PROJECT_FILE_BYTES) return { refused: tooLarge(name) };
    return { bytes };
  } catch (error) {
    return refusedFor((error as NodeJS.ErrnoException).code, error);
  } finally {
    await handle.close();
  }
}

function directory(name: string): string {
  return `${name} is a directory, not a file`;
}

function symbolicLink(name: string): string {
  return `${name} is a symbolic link; convintel reads and writes only the files themselves (a link could read from anywhere, and a write would replace it). Put the file itself here`;
}

function tooLarge(name: string): string {
  return `${name} is larger than ${MAX_PROJECT_FILE_BYTES / 1024 / 1024} MiB, more than any project file holds`;
}

/**
 * The first of `folders` that is a symbolic link, as a path from `cwd`; undefined when none is. A
 * folder of the project behind a link would be read from, and written into, wherever it points.
 */
export async function firstLinkedFolder(folders: readonly string[], cwd: string): Promise<string | undefined> {
  for (const folder of folders) {
    const stats = await lstat(folder).catch(() => undefined);
    if (stats?.isSymbolicLink()) return relative(cwd, folder) || folder;
  }
  return undefined;
}
