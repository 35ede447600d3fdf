/**
 * The shared service's queue: how it sorts (a column and a direction, written « titre » or
 * « -titre »), the filters a view keeps, the views every agent has (« Mes saisines »,
 * « Non attribuées », « Proches de l'échéance »), and a saved view read back after the world
 * changed — a filter that no longer exists (a commune left, a person gone, a team dissolved, a
 * filter mutu no longer has) is dropped and named, never silently applied.
 */
import { z } from "zod";
import { SAISINE_NATURES, SUB_DOMAIN_LETTERS } from "../contracts/annex.ts";
import { SAISINE_STATUSES, SAISINE_TYPES } from "./vocabulary.ts";

export const QUEUE_SORT_KEYS = [
  "due",
  "created",
  "updated",
  "reference",
  "title",
  "status",
  "assignee",
] as const;
export type QueueSortKey = (typeof QUEUE_SORT_KEYS)[number];
export type QueueSort = { key: QueueSortKey; direction: "asc" | "desc" };

export const QUEUE_SORT_LABELS: Record<QueueSortKey, string> = {
  due: "Échéance",
  created: "Date de dépôt",
  updated: "Dernière modification",
  reference: "Référence",
  title: "Objet",
  status: "Statut",
  assignee: "Titulaire",
};

/** Every way a sort is written: « title », « -title »; « newest » and « oldest » as before. */
export const QUEUE_SORTS = [
  ...QUEUE_SORT_KEYS,
  ...QUEUE_SORT_KEYS.map((key) => `-${key}` as const),
  "newest",
  "oldest",
] as const;
export type QueueSortText = (typeof QUEUE_SORTS)[number];
export const queueSortSchema = z.enum(QUEUE_SORTS, { error: "Tri inconnu." });

export const DEFAULT_QUEUE_SORT: QueueSort = { key: "due", direction: "asc" };

/** The sort a text means; unknown text: the default (by due date). */
export function parseQueueSort(text: string | null | undefined): QueueSort {
  if (text === "newest") return { key: "created", direction: "desc" };
  if (text === "oldest") return { key: "created", direction: "asc" };
  const desc = text?.startsWith("-") ?? false;
  const key = QUEUE_SORT_KEYS.find((k) => k === (desc ? text?.slice(1) : text));
  return key ? { key, direction: desc ? "desc" : "asc" } : DEFAULT_QUEUE_SORT;
}

export const queueSortText = (sort: QueueSort): QueueSortText =>
  sort.direction === "desc" ? `-${sort.key}` : sort.key;

/** The filters of the queue a view keeps (by name; the SPA gives each its French URL word). */
export const QUEUE_FILTER_KEYS = [
  "orgId",
  "centre",
  "subDomain",
  "nature",
  "type",
  "status",
  "assignee",
  "due",
  "qualification",
  "q",
  "sort",
] as const;
export type QueueFilterKey = (typeof QUEUE_FILTER_KEYS)[number];
export type QueueViewFilters = Partial<Record<QueueFilterKey, string>>;

export const QUEUE_FILTER_LABELS: Record<QueueFilterKey, string> = {
  orgId: "Commune",
  centre: "Centre de proximité",
  subDomain: "Sous-domaine",
  nature: "Nature",
  type: "Type",
  status: "Statut",
  assignee: "Titulaire",
  due: "Échéance",
  qualification: "Qualification",
  q: "Recherche",
  sort: "Tri",
};

/** What exists today, against which a saved view's filters are checked. */
export type QueueWorld = {
  communeIds: ReadonlySet<string>;
  centres: ReadonlySet<string>;
  /** « person:<id> » and « team:<id> » of the people and teams saisines can be assigned to. */
  assignees: ReadonlySet<string>;
};

const oneOf = (values: readonly string[]) => (value: string) => values.includes(value);

const VALID: Record<QueueFilterKey, (value: string, world: QueueWorld) => boolean> = {
  orgId: (v, w) => w.communeIds.has(v),
  centre: (v, w) => w.centres.has(v),
  subDomain: oneOf(SUB_DOMAIN_LETTERS),
  nature: oneOf(SAISINE_NATURES),
  type: oneOf(SAISINE_TYPES),
  status: oneOf(["toutes", ...SAISINE_STATUSES]),
  assignee: (v, w) => v === "me" || v === "none" || w.assignees.has(v),
  due: oneOf(["soon", "breached"]),
  qualification: oneOf(["a-verifier"]),
  q: (v) => v.length <= 200,
  sort: oneOf(QUEUE_SORTS),
};

const isFilterKey = (key: string): key is QueueFilterKey =>
  (QUEUE_FILTER_KEYS as readonly string[]).includes(key);

export type DroppedFilter = { key: string; label: string; value: string };

/** A view's filters as they apply today, and those dropped because they no longer exist. */
export function sanitizeQueueFilters(
  stored: Readonly<Record<string, unknown>>,
  world: QueueWorld,
): { filters: QueueViewFilters; dropped: DroppedFilter[] } {
  const filters: QueueViewFilters = {};
  const dropped: DroppedFilter[] = [];
  for (const [key, raw] of Object.entries(stored)) {
    const value = typeof raw === "string" ? raw.trim() : "";
    if (value === "" && typeof raw === "string") continue;
    if (isFilterKey(key) && VALID[key](value, world)) filters[key] = value;
    else
      dropped.push({
        key,
        label: isFilterKey(key) ? QUEUE_FILTER_LABELS[key] : key,
        value: typeof raw === "string" ? raw : JSON.stringify(raw),
      });
  }
  return { filters, dropped };
}

/** The views every agent of the shared service has, before saving any. */
export const BUILT_IN_QUEUE_VIEWS = [
  { id: "mes-saisines", name: "Mes saisines", filters: { assignee: "me" } },
  { id: "non-attribuees", name: "Non attribuées", filters: { assignee: "none" } },
  { id: "proches-echeance", name: "Proches de l'échéance", filters: { due: "soon" } },
] as const satisfies readonly { id: string; name: string; filters: QueueViewFilters }[];

const VIEW_NAME_MISSING = "Donnez un nom à la vue.";

/** Saving the queue's current filters as a view: for oneself, or shared with the service. */
export const saveQueueViewInput = z.object({
  name: z
    .string({ error: VIEW_NAME_MISSING })
    .trim()
    .min(1, { error: VIEW_NAME_MISSING })
    .max(80, { error: "Nom trop long (80 caractères au plus)." }),
  filters: z
    .record(z.string().max(40), z.string().max(200))
    .refine((f) => Object.keys(f).length <= QUEUE_FILTER_KEYS.length, {
      error: "Trop de filtres.",
    }),
  shared: z.boolean({ error: "Précisez si la vue est partagée." }),
});
export type SaveQueueViewInput = z.output<typeof saveQueueViewInput>;
