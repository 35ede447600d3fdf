/**
 * Checks every input gets before its schema parses it, whatever the procedure: fields the schema
 * does not know are refused, not silently dropped (a 5 MB extra field is not an input), and text
 * carrying a NUL character — which PostgreSQL cannot store — is refused as invalid, in French,
 * field by field. Pure: the API runs them once, centrally, on the raw input of every call.
 */
import type { z } from "zod";
import type { FieldErrors } from "./field-errors.ts";

export const UNKNOWN_FIELD = "Champ inconnu.";
export const NUL_CHARACTER = "Caractère non autorisé (caractère nul).";
/** A call whose input could not be read (no body, or a body that is not JSON). */
export const UNREADABLE_INPUT =
  "Informations illisibles : envoyez-les au format JSON, comme l'indique la documentation de l'API.";
/** A procedure without input sent a value: it would run as if nothing had been sent. */
export const NO_INPUT_EXPECTED = "Cette demande n'attend aucune information : n'en envoyez pas.";

/** The French message of a refusal naming the unknown fields. */
export function unknownFieldsMessage(fields: readonly string[]) {
  return fields.length > 1
    ? `Champs inconnus : ${fields.join(", ")}.`
    : `Champ inconnu : ${fields[0] ?? ""}.`;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  getter?: () => z.ZodType;
  discriminator?: string;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** The keys an object schema accepts (null: any key, e.g. a catchall or a passthrough). */
function knownKeys(schema: z.ZodType): Set<string> | null {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return def.catchall && defOf(def.catchall).type !== "never"
        ? null
        : new Set(Object.keys(def.shape ?? {}));
    case "intersection": {
      const left = def.left ? knownKeys(def.left) : null;
      const right = def.right ? knownKeys(def.right) : null;
      return left && right ? new Set([...left, ...right]) : null;
    }
    default:
      return null;
  }
}

/** The paths of the fields in `value` that `schema` does not know. */
export function unknownFields(schema: z.ZodType | undefined, value: unknown, path = ""): string[] {
  if (value === undefined || value === null) return [];
  if (!schema) {
    // A procedure without input: anything sent is unknown.
    return isRecord(value) ? Object.keys(value).map((k) => at(path, k)) : [];
  }
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return unknownFields(def.innerType, value, path);
    case "pipe":
      return unknownFields(def.in, value, path);
    case "lazy":
      return def.getter ? unknownFields(def.getter(), value, path) : [];
    case "array":
      return Array.isArray(value)
        ? value.flatMap((item, i) => unknownFields(def.element, item, at(path, i)))
        : [];
    case "tuple":
      return Array.isArray(value)
        ? value.flatMap((item, i) =>
            unknownFields(def.items?.[i] ?? def.rest ?? undefined, item, at(path, i)),
          )
        : [];
    case "record":
      return isRecord(value)
        ? Object.entries(value).flatMap(([k, v]) => unknownFields(def.valueType, v, at(path, k)))
        : [];
    case "union": {
      // A discriminated union's option is the one its discriminator names; otherwise the option
      // that knows the value best (none unknown if any option knows every field).
      const options = (def.options ?? []).filter((option) => {
        if (!def.discriminator || !isRecord(value)) return true;
        const tag = defOf(option).shape?.[def.discriminator];
        return !tag || tag.safeParse(value[def.discriminator]).success;
      });
      let best: string[] | null = null;
      for (const option of options) {
        const found = unknownFields(option, value, path);
        if (!best || found.length < best.length) best = found;
        if (found.length === 0) break;
      }
      return best ?? [];
    }
    case "object":
    case "intersection": {
      if (!isRecord(value)) return [];
      const known = knownKeys(schema);
      const shapes = def.type === "object" ? [def.shape ?? {}] : shapesOf(schema);
      return Object.entries(value).flatMap(([key, v]) => {
        if (known && !known.has(key)) return [at(path, key)];
        const field = shapes.find((s) => key in s)?.[key];
        return field ? unknownFields(field, v, at(path, key)) : [];
      });
    }
    default:
      return [];
  }
}

function shapesOf(schema: z.ZodType): Record<string, z.ZodType>[] {
  const def = defOf(schema);
  if (def.type === "object") return [def.shape ?? {}];
  if (def.type === "intersection")
    return [...(def.left ? shapesOf(def.left) : []), ...(def.right ? shapesOf(def.right) : [])];
  return [];
}

/** The paths of the strings (values or keys) that carry a NUL character. */
export function nulCharacterFields(value: unknown, path = ""): string[] {
  if (typeof value === "string") return value.includes("\u0000") ? [path || "_"] : [];
  if (Array.isArray(value))
    return value.flatMap((item, i) => nulCharacterFields(item, at(path, i)));
  if (isRecord(value))
    return Object.entries(value).flatMap(([key, v]) =>
      key.includes("\u0000") ? [path || "_"] : nulCharacterFields(v, at(path, key)),
    );
  return [];
}

export type InputRefusal = { message: string; fieldErrors: FieldErrors };

/**
 * Why an input is refused before parsing, or null: NUL characters first, then the fields none of
 * the procedure's input schemas knows (`schemas` empty: the procedure takes no input; null: not
 * known, only the NUL check applies).
 */
export function inputRefusal(
  schemas: readonly z.ZodType[] | null,
  value: unknown,
): InputRefusal | null {
  const nul = nulCharacterFields(value);
  if (nul.length)
    return {
      message: "Certaines informations contiennent un caractère non autorisé (caractère nul).",
      fieldErrors: Object.fromEntries(nul.map((f) => [f, [NUL_CHARACTER]])),
    };
  if (!schemas) return null;
  // Nothing, or an empty group of fields, is how a call without input is sent.
  if (schemas.length === 0 && value !== undefined && value !== null && !isRecord(value))
    return { message: NO_INPUT_EXPECTED, fieldErrors: { _: [NO_INPUT_EXPECTED] } };
  // Several chained input schemas share the input: a field is unknown if none knows it.
  const lists = schemas.length
    ? schemas.map((s) => new Set(unknownFields(s, value)))
    : [new Set(unknownFields(undefined, value))];
  const unknown = [...(lists[0] ?? [])].filter((f) => lists.every((l) => l.has(f)));
  if (!unknown.length) return null;
  return {
    message: unknownFieldsMessage(unknown),
    fieldErrors: Object.fromEntries(unknown.map((f) => [f, [UNKNOWN_FIELD]])),
  };
}
