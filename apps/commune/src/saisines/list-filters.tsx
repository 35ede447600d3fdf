/**
 * The list's filters, kept in the URL (shareable; back and forward work): which saisines (the
 * commune's or mine), status, type, and the order.
 */
import {
  SAISINE_STATUS_LABELS,
  SAISINE_STATUSES,
  SAISINE_TYPE_LABELS,
  SAISINE_TYPES,
  type SaisineStatus,
  type SaisineType,
} from "@mutu/domain";
import { FiltersPanel, labelled, Options, SelectField, useFiltersDraft, useRoute } from "@mutu/ui";
import { saisinesMessages } from "./messages.ts";
import type { ListInput } from "./types.ts";

const t = saisinesMessages.filters;

const SORTS = ["due", "newest", "oldest"] as const;
type Sort = (typeof SORTS)[number];

export type ListFilters = {
  mine: boolean;
  /** "" for the open ones, "toutes" for all, else one status. */
  status: "" | "toutes" | SaisineStatus;
  type: "" | SaisineType;
  sort: Sort;
};

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value);

export function filtersFrom(search: URLSearchParams): ListFilters {
  const status = search.get("statut");
  return {
    mine: search.get("portee") === "moi",
    status: status === "toutes" ? "toutes" : (oneOf(SAISINE_STATUSES, status) ?? ""),
    type: oneOf(SAISINE_TYPES, search.get("type")) ?? "",
    sort: oneOf(SORTS, search.get("tri")) ?? "due",
  };
}

const FORM_PARAMS = ["portee", "statut", "type", "tri"];

/** The URL of these filters, keeping the ones a dashboard's link added (period, delay…). */
function queryOf(filters: ListFilters, current = new URLSearchParams()) {
  const search = new URLSearchParams(current);
  for (const name of FORM_PARAMS) search.delete(name);
  if (filters.mine) search.set("portee", "moi");
  if (filters.status) search.set("statut", filters.status);
  if (filters.type) search.set("type", filters.type);
  if (filters.sort !== "due") search.set("tri", filters.sort);
  const query = search.toString();
  return query ? `?${query}` : "";
}

/** What `saisines.list` is asked for these filters (without the page's cursor). */
export function listInputOf(filters: ListFilters, canReadAll: boolean): ListInput {
  return {
    ...(canReadAll && filters.mine ? { mine: true } : {}),
    ...(filters.status === "toutes"
      ? { statuses: [...SAISINE_STATUSES] }
      : filters.status
        ? { statuses: [filters.status] }
        : {}),
    ...(filters.type ? { types: [filters.type] } : {}),
    sort: filters.sort,
  };
}

export function ListFiltersForm({
  current,
  canReadAll,
}: {
  current: ListFilters;
  canReadAll: boolean;
}) {
  const { navigate, search } = useRoute();
  const [draft, setDraft] = useFiltersDraft<ListFilters>(current, queryOf(current));

  function submit() {
    navigate(`/saisines${queryOf(draft, search)}`, { keepFocus: true });
  }

  function reset() {
    navigate("/saisines", { keepFocus: true });
  }

  return (
    <FiltersPanel id="saisines-filtres" wording={t} onApply={submit} onReset={reset}>
      {canReadAll ? (
        <SelectField
          id="saisines-portee"
          label={t.scope}
          value={draft.mine ? "moi" : ""}
          onChange={(event) => setDraft({ ...draft, mine: event.currentTarget.value === "moi" })}
        >
          <option value="">{t.scopeAll}</option>
          <option value="moi">{t.scopeMine}</option>
        </SelectField>
      ) : null}
      <SelectField
        id="saisines-statut"
        label={t.status}
        value={draft.status}
        onChange={(event) =>
          setDraft({
            ...draft,
            status: (event.currentTarget.value as ListFilters["status"]) || "",
          })
        }
      >
        <option value="">{t.open}</option>
        <option value="toutes">{t.all}</option>
        <Options options={labelled(SAISINE_STATUSES, SAISINE_STATUS_LABELS)} />
      </SelectField>
      <SelectField
        id="saisines-type"
        label={t.type}
        value={draft.type}
        onChange={(event) =>
          setDraft({ ...draft, type: (event.currentTarget.value as ListFilters["type"]) || "" })
        }
      >
        <Options empty={t.allTypes} options={labelled(SAISINE_TYPES, SAISINE_TYPE_LABELS)} />
      </SelectField>
      <SelectField
        id="saisines-tri"
        label={t.sort}
        value={draft.sort}
        onChange={(event) => setDraft({ ...draft, sort: event.currentTarget.value as Sort })}
      >
        <Options options={SORTS.map((sort) => ({ value: sort, label: t.sorts[sort] }))} />
      </SelectField>
    </FiltersPanel>
  );
}
