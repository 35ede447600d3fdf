/** Why a commune of the seed facts cannot become an annex, in French, with each problem located. */
import type { z } from "zod";

export class SeedFactsImportError extends Error {
  readonly problems: { path: string; message: string }[];
  constructor(message: string, problems: { path: string; message: string }[] = []) {
    super(message);
    this.name = "SeedFactsImportError";
    this.problems = problems;
  }
}

export function problemsOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}
