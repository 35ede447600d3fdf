/**
 * The daily-work operations of the saisines bench (issue 13), each twice: through the API as the
 * queue page calls it, and as the same SQL sent straight through postgres.js (superuser: no HTTP,
 * no tRPC, no tenant transaction nor row-level security) — the raw-SQL baseline the figures are
 * read against.
 * - the queue sorted by any of its columns, open saisines and the whole history;
 * - its counts per status, the open ones and the history's;
 * - a saved view (« Mes saisines », « Non attribuées », « Proches de l'échéance »);
 * - the unread count every page's header asks for.
 */
import { QUEUE_SORT_KEYS, type QueueSortKey, SAISINE_STATUSES } from "@mutu/domain";
import type postgres from "postgres";
import { trpcQuery } from "./http.ts";

export type DailyCallers = {
  base: string;
  operators: string[];
  operatorId: string;
  /** The call centre's team (« Mes saisines » of its agents). */
  teamIds: string[];
  /** The staff whose unread count is read. */
  staffIds: string[];
};

/** The server's own times (Server-Timing) of the daily calls since the last `splice(0)`. */
export const serverTimes: number[] = [];

/** A call's round trip, its server time kept aside. */
function timed(result: { ms: number; serverMs: number | null }) {
  if (result.serverMs !== null) serverTimes.push(result.serverMs);
  return result.ms;
}

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)] as T;

// The sort expressions as the indexes hold them (migration 0015, saisine-sorts.ts).
const FOLD =
  "'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸàâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'AAAAAACEEEEIIIINOOOOOUUUUYYaaaaaaceeeeiiiinooooouuuuyy'";
const SORT_SQL: Record<QueueSortKey, string> = {
  due: "s.due_sort",
  created: "s.created_at",
  updated: "s.updated_at",
  reference: "s.reference",
  title: `lower(translate(s.title, ${FOLD}))`,
  status: `array_position('{${SAISINE_STATUSES.join(",")}}'::text[], s.status)`,
  assignee: `lower(translate(coalesce(s.assignee_label, ''), ${FOLD}))`,
};

const ALL_STATUSES = [...SAISINE_STATUSES];

/** A filter of the queue, for the API and as SQL. */
const FILTERS = [
  { api: { subDomains: ["C"] }, sql: "s.sub_domain in ('C')" },
  { api: { types: ["incident"] }, sql: "s.type in ('incident')" },
  { api: { natures: ["ordinaire"] }, sql: "s.nature in ('ordinaire')" },
  { api: { criticalities: ["bloquant"] }, sql: "s.criticality in ('bloquant')" },
  { api: {}, sql: "true" },
] as const;

const COLUMNS =
  "s.id, s.reference, s.title, s.type, s.sub_domain, s.nature, s.status, s.assignee_label, s.handling_due_at, s.resolution_due_at, s.created_at, o.name";

type Call = {
  api: (c: DailyCallers, client: number) => Promise<number>;
  raw: () => string;
  /** The raw query's parameters (default: the operator's id). */
  rawParams?: (c: DailyCallers) => string[];
};

function sortCall(history: boolean): Call {
  const choose = () => ({
    key: pick(QUEUE_SORT_KEYS),
    desc: Math.random() < 0.5,
    filter: pick(FILTERS),
  });
  return {
    api: async (c, client) => {
      const { key, desc, filter } = choose();
      const input = {
        ...filter.api,
        ...(history ? { statuses: ALL_STATUSES } : {}),
        sort: `${desc ? "-" : ""}${key}`,
        limit: 50,
      };
      return timed(
        await trpcQuery(
          c.base,
          "saisines.queue",
          input,
          c.operators[client % c.operators.length] ?? "",
        ),
      );
    },
    raw: () => {
      const { key, desc, filter } = choose();
      const dir = desc ? "desc" : "asc";
      return `select ${COLUMNS} from saisines s join organisations o on o.id = s.org_id
        where s.operator_id = $1 and ${history ? `s.status in (${ALL_STATUSES.map((x) => `'${x}'`).join(",")})` : "s.is_open"} and ${filter.sql}
        order by ${SORT_SQL[key]} ${dir}, s.id ${dir} limit 51`;
    },
  };
}

function countsCall(history: boolean): Call {
  return {
    api: async (c, client) => {
      const filter = pick(FILTERS);
      return timed(
        await trpcQuery(
          c.base,
          "saisines.queueCounts",
          { ...filter.api, history },
          c.operators[client % c.operators.length] ?? "",
        ),
      );
    },
    raw: () => {
      const filter = pick(FILTERS);
      const open = `select s.status, count(*) from saisines s where s.operator_id = $1 and s.is_open and ${filter.sql} group by s.status`;
      if (!history) return open;
      const kept = filter.sql.replace(/^s\./, "f.");
      return `${open} union all select f.status, sum(f.saisines)::bigint from saisine_final_counts f
        where f.operator_id = $1 and ${kept} group by f.status`;
    },
  };
}

const VIEWS = [
  {
    api: { assignee: { kind: "me" } },
    // As the API asks it: the person's own or their teams' (queue-scope.ts).
    sql: (c: DailyCallers) =>
      `(s.assignee_person_id = '${pick(c.staffIds)}' or s.assignee_team_id in (${c.teamIds.map((t) => `'${t}'`).join(",") || "null"}))`,
  },
  {
    api: { assignee: { kind: "unassigned" } },
    sql: () => "s.assignee_person_id is null and s.assignee_team_id is null",
  },
  { api: { due: "soon" }, sql: () => "s.warn_at <= now() and s.due_sort > now()" },
] as const;

function viewCall(c0: () => DailyCallers): Call {
  return {
    api: async (c, client) =>
      timed(
        await trpcQuery(
          c.base,
          "saisines.queue",
          { ...pick(VIEWS).api, sort: "due", limit: 50 },
          c.operators[client % c.operators.length] ?? "",
        ),
      ),
    raw: () =>
      `select ${COLUMNS} from saisines s join organisations o on o.id = s.org_id
        where s.operator_id = $1 and s.is_open and ${pick(VIEWS).sql(c0())}
        order by s.due_sort, s.id limit 51`,
  };
}

const unreadCall: Call = {
  api: async (c, client) =>
    timed(
      await trpcQuery(
        c.base,
        "notifications.unreadCount",
        undefined,
        c.operators[client % c.operators.length] ?? "",
      ),
    ),
  raw: () => "select count(*) from notifications where recipient_id = $1 and read_at is null",
  rawParams: (c) => [pick(c.staffIds)],
};

/** Targets, labels and calls of the daily-work operations (p99 in ms, 50 users). */
export function dailyOperations(callers: () => DailyCallers) {
  return {
    queueSort: {
      target: 50,
      label: "file triée par une colonne au hasard (ouvertes)",
      call: sortCall(false),
    },
    queueSortHistory: {
      target: 50,
      label: "file triée par une colonne au hasard (tout l'historique)",
      call: sortCall(true),
    },
    queueCounts: { target: 50, label: "comptes par statut (ouvertes)", call: countsCall(false) },
    queueCountsHistory: {
      target: 50,
      label: "comptes par statut (historique compris)",
      call: countsCall(true),
    },
    savedView: {
      target: 50,
      label: "vue enregistrée (mes saisines, non attribuées, proches)",
      call: viewCall(callers),
    },
    // Issue 13: « costs under 5 ms server time » — judged on Server-Timing, not the round trip.
    unreadCount: {
      target: 5,
      label: "nombre de notifications non lues",
      call: unreadCall,
      judgedOn: "server",
    },
  } as const;
}

/** The same SQL, sent alone through postgres.js: one client, no pause, for `seconds`. */
export async function rawBaseline(
  sql: postgres.Sql,
  call: Call,
  c: DailyCallers,
  seconds: number,
): Promise<number[]> {
  const samples: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const text = call.raw();
    const params = call.rawParams ? call.rawParams(c) : [c.operatorId];
    const t0 = performance.now();
    await sql.unsafe(text, params as string[]);
    samples.push(performance.now() - t0);
  }
  return samples;
}
