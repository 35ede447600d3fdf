/**
 * The queue's filters in the URL (shareable; back and forward work), each under its French
 * parameter, named as the domain names them (QUEUE_FILTER_KEYS, which views keep), and what
 * `saisines.queue` is asked for them — unknown values are left out.
 */
import {
  parseQueueSort,
  type QueueFilterKey,
  type QueueViewFilters,
  queueSortText,
  SAISINE_NATURES,
  SAISINE_STATUSES,
  SAISINE_TYPES,
  SUB_DOMAIN_LETTERS,
} from "@mutu/domain";
import { urlFilters } from "@mutu/ui";
import type { QueueInput } from "./types.ts";

const params: Record<QueueFilterKey, string> = {
  orgId: "commune",
  centre: "centre",
  subDomain: "sous-domaine",
  nature: "nature",
  type: "type",
  status: "statut",
  assignee: "titulaire",
  due: "echeance",
  qualification: "qualification",
  q: "q",
  sort: "tri",
};

export type QueueFilters = QueueViewFilters;
export const queueUrl = urlFilters(params);
/** The saved view the page was opened from (its notice of dropped filters). */
export const VIEW_PARAM = "vue";

/** The queue's URL for these filters (and view); `keep`: a URL whose other parameters stay. */
export const queuePath = (filters: QueueFilters, view?: string, keep?: URLSearchParams) => {
  const search = new URLSearchParams(queueUrl.query(filters));
  const own = new Set<string>([...Object.values(params), VIEW_PARAM]);
  for (const [name, value] of keep ?? []) if (!own.has(name)) search.append(name, value);
  if (view) search.set(VIEW_PARAM, view);
  const query = search.toString();
  return `/saisines${query ? `?${query}` : ""}`;
};

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  list.find((item) => item === value);

/** The filters without sort, status or page: what the counts are asked for. */
export function scopeOf(f: QueueFilters) {
  const letter = oneOf(SUB_DOMAIN_LETTERS, f.subDomain);
  const nature = oneOf(SAISINE_NATURES, f.nature);
  const type = oneOf(SAISINE_TYPES, f.type);
  const [kind, id] = (f.assignee ?? "").split(":");
  const assignee: QueueInput["assignee"] =
    f.assignee === "me"
      ? { kind: "me" }
      : f.assignee === "none"
        ? { kind: "unassigned" }
        : kind === "team" && id
          ? { kind: "team", teamId: id }
          : kind === "person" && id
            ? { kind: "person", personId: id }
            : undefined;
  return {
    ...(f.orgId ? { orgIds: [f.orgId] } : {}),
    ...(f.centre ? { proximityCentre: f.centre } : {}),
    ...(letter ? { subDomains: [letter] } : {}),
    ...(nature ? { natures: [nature] } : {}),
    ...(type ? { types: [type] } : {}),
    ...(assignee ? { assignee } : {}),
    ...(f.due === "soon" || f.due === "breached" ? { due: f.due as "soon" | "breached" } : {}),
    ...(f.qualification === "a-verifier" ? { needsQualification: true } : {}),
    ...(f.q ? { q: f.q } : {}),
  };
}

/** What `saisines.queue` (and the export) is asked for these filters. */
export function queueInputOf(f: QueueFilters): Omit<QueueInput, "limit" | "cursor"> {
  const status = oneOf(SAISINE_STATUSES, f.status);
  return {
    ...scopeOf(f),
    ...(f.status === "toutes"
      ? { statuses: [...SAISINE_STATUSES] }
      : status
        ? { statuses: [status] }
        : {}),
    sort: queueSortText(parseQueueSort(f.sort)),
  };
}

/** « Toutes » or a final status: the counts include the closed and refused saisines. */
export const withHistory = (f: QueueFilters) =>
  f.status === "toutes" || f.status === "close" || f.status === "refusee";
