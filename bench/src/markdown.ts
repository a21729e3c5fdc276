/** The pieces of bench/RESULTS.md's tables: a Markdown table and how a target's status reads. */

export type Status = "met" | "**not met**" | "not measured" | "reported";

export const status = (value: boolean | undefined): Status => (value === undefined ? "not measured" : value ? "met" : "**not met**");

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
