/**
 * The API reference's model, read from the router itself: each procedure's path, kind, who may
 * call it (the meta its base procedure set, `trpc.ts`) and its input and output as JSON Schema
 * (zod's own `z.toJSONSchema`). Nothing here is written by hand, so the reference cannot drift.
 */
import { isoDateSchema } from "@mutu/domain";
import { z } from "zod";
import type { ProcedureMeta } from "../trpc.ts";

export type JsonSchema = z.core.JSONSchema.BaseSchema;

export type ProcedureEntry = {
  path: string;
  /** The router's top-level key (`saisines`), which the reference groups by. */
  feature: string;
  type: "query" | "mutation" | "subscription";
  meta: ProcedureMeta;
  /** What the caller sends (JSON Schema of the input), null for a procedure without input. */
  input: JsonSchema | null;
  /** What the caller gets back, as it travels (dates as ISO strings). */
  output: JsonSchema | null;
};

type ProcedureDef = {
  type: ProcedureEntry["type"];
  meta?: ProcedureMeta;
  inputs: z.ZodType[];
  output?: z.ZodType;
};

/**
 * What zod cannot see: a calendar day is a string checked by a function (domain `time/`); an
 * instant leaves the API as an ISO string (`z.date().transform(toISOString)`); another value
 * transformed on its way out is written as it came in (`""` or a day → a day or null).
 */
function whatZodCannotSee(io: "input" | "output") {
  return (ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema }) => {
    const def = ctx.zodSchema._zod.def;
    const pipe = def.type === "pipe" ? (def as z.core.$ZodPipeDef) : null;
    // A day a person must give pipes into it (`requiredIsoDate`).
    if (ctx.zodSchema === isoDateSchema || pipe?.out === isoDateSchema)
      ctx.jsonSchema.format = "date";
    if (io !== "output" || !pipe) return;
    const { in: from, out: to } = pipe;
    if (to._zod.def.type !== "transform") return;
    Object.assign(
      ctx.jsonSchema,
      from._zod.def.type === "date"
        ? { type: "string", format: "date-time" }
        : jsonSchemaOf(from as z.ZodType, "output"),
    );
  };
}

export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: whatZodCannotSee(io),
  }) as JsonSchema;
  delete json.$schema;
  return json;
}

function inputOf(inputs: z.ZodType[]): JsonSchema | null {
  const [only, ...more] = inputs;
  if (!only) return null;
  // tRPC merges chained inputs (objects); none of ours chains them today.
  return more.length === 0
    ? jsonSchemaOf(only, "input")
    : { allOf: inputs.map((i) => jsonSchemaOf(i, "input")) };
}

/** Every procedure of a router, in the order the router declares them. */
export function proceduresOf(procedures: Record<string, unknown>): ProcedureEntry[] {
  return Object.entries(procedures).map(([path, procedure]) => {
    const def = (procedure as { _def: ProcedureDef })._def;
    return {
      path,
      feature: path.split(".")[0] ?? path,
      type: def.type,
      meta: def.meta ?? {},
      input: inputOf(def.inputs),
      output: def.output ? jsonSchemaOf(def.output, "output") : null,
    };
  });
}
