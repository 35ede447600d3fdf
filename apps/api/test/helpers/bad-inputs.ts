/**
 * The bad-input walk's malformed inputs, generated from a procedure's valid input and its input
 * schemas: the whole input missing or of the wrong shape, then each field in turn — the top level
 * and inside it, at any depth (a group's fields, a list's first item's) — given a value of the
 * wrong type, an empty or a huge text, a broken identifier, an impossible date, an unknown word, a
 * number that is no whole number. The schemas only tell what kind of value a field holds (an
 * identifier, a date, a number…) — never whether a malformed value would pass.
 */
import type { z } from "zod";

export type BadInput = {
  /** The field broken, by its path (« fiche.origin », « items.0.version »); null: the input. */
  field: string | null;
  /** What was done to it, in the walk's report. */
  what: string;
  input: unknown;
};

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
  element?: z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

/** The schema under its wrappers (optional, default, a pipe's input…). */
function unwrapped(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.innerType) return unwrapped(def.innerType);
  if (def.type === "pipe" && def.in) return unwrapped(def.in);
  if (def.type === "lazy" && def.getter) return unwrapped(def.getter());
  return schema;
}

/** The object schemas an input is checked against: a union's option is the one the input takes. */
function shapesOf(schema: z.ZodType, valid: unknown): Record<string, z.ZodType>[] {
  const inner = unwrapped(schema);
  const def = defOf(inner);
  if (def.type === "object") return [def.shape ?? {}];
  if (def.type === "intersection")
    return [
      ...(def.left ? shapesOf(def.left, valid) : []),
      ...(def.right ? shapesOf(def.right, valid) : []),
    ];
  if (def.type === "union") {
    const option = (def.options ?? []).find((o) => accepts(o, valid));
    return option ? shapesOf(option, valid) : [];
  }
  return [];
}

/** Every top-level field of a procedure's input, with its schema (the first that names it). */
export function fieldsOf(schemas: readonly z.ZodType[], valid: unknown) {
  const fields = new Map<string, z.ZodType>();
  for (const schema of schemas)
    for (const shape of shapesOf(schema, valid))
      for (const [key, field] of Object.entries(shape))
        if (!fields.has(key)) fields.set(key, field);
  return fields;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const SAMPLE_UUID = "00000000-0000-4000-8000-000000000000";

export type Kind =
  | "uuid"
  | "date"
  | "moment"
  | "word" // one of a closed set of words, or a coded format (« 2025 », « 10:00 »)
  | "text"
  | "number"
  | "boolean"
  | "array"
  | "object";

/** What a field holds: told by the valid value when there is one, else by the schema. */
export function kindOf(schema: z.ZodType, value: unknown): Kind {
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object" && value !== null) return "object";
  if (typeof value === "string") {
    if (UUID.test(value)) return "uuid";
    if (DATE.test(value)) return "date";
    if (MOMENT.test(value)) return "moment";
  }
  const type = defOf(unwrapped(schema)).type;
  if (type === "number" || type === "int" || type === "bigint") return "number";
  if (type === "boolean") return "boolean";
  if (type === "array" || type === "tuple" || type === "set") return "array";
  if (type === "object" || type === "record" || type === "map") return "object";
  if (type === "enum" || type === "literal") return "word";
  // Free text, or a free token (an idempotency key, a document's key): any word goes.
  const free = accepts(schema, "texte libre") || accepts(schema, "inconnu");
  if (!free && accepts(schema, SAMPLE_UUID)) return "uuid";
  if (!free && accepts(schema, "2026-01-15")) return "date";
  if (!free && (accepts(schema, "2026-01-20T10:00") || accepts(schema, "2026-01-20T10:00:00Z")))
    return "moment";
  return free ? "text" : "word";
}

export const HUGE_TEXT = "a".repeat(100_000);
/** The longest text a call's body carries under the 64 KB limit: what the schemas themselves see. */
export const LONG_TEXT = "a".repeat(60_000);

/** The malformed values of a field of this kind. */
function badValues(kind: Kind, optional: boolean): [what: string, value: unknown][] {
  const shapes: [string, unknown][] = [
    ["un objet", { cle: "valeur" }],
    ["une liste", ["valeur"]],
  ];
  const text: [string, unknown][] = [
    ["un nombre", 42],
    ...shapes,
    // An optional field left empty is how forms send it: it means none.
    ...(optional ? [] : [["un texte vide", ""] as [string, unknown]]),
    ["100 000 caractères", HUGE_TEXT],
  ];
  switch (kind) {
    case "uuid":
      return [...text, ["« pas-un-uuid »", "pas-un-uuid"]];
    case "date":
      return [
        ...text,
        ["le 30 février", "2026-02-30"],
        ["le 29 février d'une année non bissextile", "2025-02-29"],
      ];
    case "moment":
      return [
        ...text,
        ["un moment qui n'en est pas un", "hier soir"],
        ["un moment impossible", "2026-02-30T25:61"],
      ];
    case "word":
      return [...text, ["un mot inconnu", "inconnu"]];
    case "text":
      return text;
    case "number":
      return [
        ["un texte", "NaN"],
        ...shapes,
        ["un nombre négatif", -1],
        ["un nombre décimal", 1.5],
        ["2^31", 2 ** 31],
        ["10^21", 1e21],
      ];
    case "boolean":
      return [["un texte", "oui"], ["un nombre", 1], ...shapes];
    case "array":
      return [
        ["un texte", "valeur"],
        ["un nombre", 42],
        ["un objet", { cle: "valeur" }],
      ];
    case "object":
      return [
        ["un texte", "valeur"],
        ["un nombre", 42],
        ["une liste", ["valeur"]],
      ];
  }
}

/**
 * The malformed inputs of a procedure, from one valid input. `mutation` calls carry their input in
 * a body limited to 64 KB: there a 100,000-character text is tried once (the HTTP layer refuses
 * it), and each field gets 60,000 characters, which the schemas themselves must refuse.
 */
export function badInputs(
  schemas: readonly z.ZodType[],
  valid: unknown,
  mutation: boolean,
  bodyLimited: boolean,
): BadInput[] {
  if (schemas.length === 0)
    return [
      { field: null, what: "un nombre", input: 42 },
      { field: null, what: "un texte", input: "texte" },
      { field: null, what: "une liste", input: ["valeur"] },
      { field: null, what: "un champ", input: { champ: "valeur" } },
    ];
  const whole: BadInput[] = (
    [
      ["aucune", undefined],
      ["null", null],
      ["un objet vide", {}],
      ["un nombre", 42],
      ["un texte", "texte"],
      ["une liste", [valid]],
    ] as [string, unknown][]
  )
    // An input whose every field is optional may be empty (a list without filters).
    .filter(([, input]) => !(input == null || isEmptyObject(input)) || !acceptsAll(schemas, input))
    .map(([what, input]) => ({ field: null, what: `entrée : ${what}`, input }));
  const base = asRecord(valid);
  const fields: BadInput[] = [];
  const vary = (field: string, schema: z.ZodType, value: unknown, put: (v: unknown) => unknown) => {
    for (const [what, bad] of badValues(kindOf(schema, value), accepts(schema, undefined))) {
      const over = bad === HUGE_TEXT && mutation && bodyLimited;
      // Refused by the HTTP layer: once per procedure is enough.
      if (over && !fields.some((f) => f.what === what))
        fields.push({ field, what, input: put(bad) });
      fields.push({
        field,
        what: over ? "60 000 caractères" : what,
        input: put(over ? LONG_TEXT : bad),
      });
    }
  };
  /** Each field of a group, then the fields inside it: a group's, a list's first item's. */
  const walk = (
    path: string,
    group: Record<string, unknown>,
    groupSchemas: readonly z.ZodType[],
    put: (group: Record<string, unknown>) => unknown,
  ) => {
    for (const [key, schema] of fieldsOf(groupSchemas, group)) {
      const field = path ? `${path}.${key}` : key;
      const value = group[key];
      vary(field, schema, value, (v) => put({ ...group, [key]: v }));
      const inner = unwrapped(schema);
      const def = defOf(inner);
      if (Array.isArray(value) && def.type === "array" && def.element && isRecord(value[0]))
        walk(`${field}.0`, value[0], [def.element], (item) =>
          put({ ...group, [key]: [item, ...value.slice(1)] }),
        );
      else if (isRecord(value)) walk(field, value, [inner], (sub) => put({ ...group, [key]: sub }));
    }
  };
  walk("", base, schemas, (input) => input);
  return [...whole, ...fields];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const asRecord = (value: unknown) => (isRecord(value) ? value : {});
const isEmptyObject = (value: unknown) =>
  typeof value === "object" && value !== null && Object.keys(value).length === 0;
const acceptsAll = (schemas: readonly z.ZodType[], input: unknown) =>
  schemas.every((s) => accepts(s, input));
