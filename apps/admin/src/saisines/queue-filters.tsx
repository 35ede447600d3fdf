/**
 * The queue's filters, kept in the URL (shareable; back and forward work): commune, centre de
 * proximité, sub-domain, nature, type, status, assignee, due soon or breached, to qualify, French
 * full-text search, order. A refusal of the filters by the API is shown on the fields.
 */
import {
  SAISINE_NATURE_LABELS,
  SAISINE_NATURES,
  SAISINE_STATUS_LABELS,
  SAISINE_STATUSES,
  SAISINE_TYPE_LABELS,
  SAISINE_TYPES,
  SUB_DOMAIN_LETTERS,
} from "@mutu/domain";
import {
  Button,
  type FormError,
  FormErrorSummary,
  SelectField,
  TextField,
  fieldError,
  useRoute,
} from "@mutu/ui";
import { type FormEvent, useEffect, useState } from "react";
import { subDomainLabel } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";
import type { Organisation } from "../organisations/use-organisations.ts";
import { AssigneeOptions } from "./assignee-options.tsx";
import type { Assignees, QueueInput } from "./types.ts";

const t = saisinesMessages.filters;

const SORTS = ["due", "newest", "oldest"] as const;

/** Each filter and its URL parameter (French, as the URLs are). */
const params = {
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
} as const;

export type QueueFilters = Partial<Record<keyof typeof params, string>>;
const keys = Object.keys(params) as (keyof QueueFilters)[];

export function filtersFrom(search: URLSearchParams): QueueFilters {
  const filters: QueueFilters = {};
  for (const key of keys) {
    const value = search.get(params[key])?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The URL of these filters, keeping the ones a dashboard's link added (period, delay…). */
function queryOf(filters: QueueFilters, current = new URLSearchParams()) {
  const search = new URLSearchParams(current);
  for (const key of keys) search.delete(params[key]);
  for (const key of keys) {
    const value = filters[key]?.trim();
    if (value) search.set(params[key], value);
  }
  const query = search.toString();
  return query ? `?${query}` : "";
}

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  list.find((item) => item === value);

/** What `saisines.queue` is asked for these filters (unknown values are left out). */
export function queueInputOf(f: QueueFilters): QueueInput {
  const letter = oneOf(SUB_DOMAIN_LETTERS, f.subDomain);
  const nature = oneOf(SAISINE_NATURES, f.nature);
  const type = oneOf(SAISINE_TYPES, f.type);
  const status = oneOf(SAISINE_STATUSES, f.status);
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
    ...(f.status === "toutes"
      ? { statuses: [...SAISINE_STATUSES] }
      : status
        ? { statuses: [status] }
        : {}),
    ...(assignee ? { assignee } : {}),
    ...(f.due === "soon" || f.due === "breached" ? { due: f.due } : {}),
    ...(f.qualification === "a-verifier" ? { needsQualification: true } : {}),
    ...(f.q ? { q: f.q } : {}),
    sort: oneOf(SORTS, f.sort) ?? "due",
  };
}

const fields = [
  { name: "orgIds", id: "file-commune", label: t.commune },
  { name: "proximityCentre", id: "file-centre", label: t.proximity },
  { name: "q", id: "file-recherche", label: t.q },
] as const;

type QueueFiltersFormProps = {
  current: QueueFilters;
  communes: readonly Organisation[];
  assignees: Assignees | undefined;
  error: FormError | null;
};

export function QueueFiltersForm({ current, communes, assignees, error }: QueueFiltersFormProps) {
  const { navigate, search } = useRoute();
  const [draft, setDraft] = useState<QueueFilters>(current);
  const currentQuery = queryOf(current);
  // Back and forward change the URL under the form: show the filters the list shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string stands for `current`
  useEffect(() => setDraft(current), [currentQuery]);
  const centres = [
    ...new Set(communes.flatMap((c) => (c.proximityCentre ? [c.proximityCentre] : []))),
  ].sort((a, b) => a.localeCompare(b, "fr"));

  const set = (key: keyof QueueFilters) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(`/saisines${queryOf(draft, search)}`, { keepFocus: true });
  }

  function reset() {
    setDraft({});
    navigate("/saisines", { keepFocus: true });
  }

  const select = (
    key: keyof QueueFilters,
    id: string,
    label: string,
    all: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <SelectField
      id={id}
      label={label}
      value={draft[key] ?? ""}
      onChange={(event) => set(key)(event.currentTarget.value)}
    >
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );

  return (
    <form className="form-panel" noValidate onSubmit={submit} aria-labelledby="file-filtres">
      <h2 id="file-filtres">{t.title}</h2>
      <FormErrorSummary error={error} fields={fields} headingLevel={3} />
      <div className="filters">
        <TextField
          id="file-recherche"
          label={t.q}
          hint={t.qHint}
          type="search"
          value={draft.q ?? ""}
          onChange={(event) => set("q")(event.currentTarget.value)}
          error={fieldError(error?.fieldErrors, "q")}
        />
      </div>
      <div className="filters">
        {select(
          "orgId",
          "file-commune",
          t.commune,
          t.allCommunes,
          communes.map((c) => ({ value: c.id, label: c.name })),
        )}
        {select(
          "centre",
          "file-centre",
          t.proximity,
          t.allProximity,
          centres.map((c) => ({ value: c, label: c })),
        )}
        {select(
          "subDomain",
          "file-sous-domaine",
          t.subDomain,
          t.allSubDomains,
          SUB_DOMAIN_LETTERS.map((l) => ({ value: l, label: subDomainLabel(l) })),
        )}
        {select(
          "nature",
          "file-nature",
          t.nature,
          t.allNatures,
          SAISINE_NATURES.map((n) => ({ value: n, label: SAISINE_NATURE_LABELS[n] })),
        )}
        {select(
          "type",
          "file-type",
          t.type,
          t.allTypes,
          SAISINE_TYPES.map((n) => ({ value: n, label: SAISINE_TYPE_LABELS[n] })),
        )}
        {select("status", "file-statut", t.status, t.open, [
          { value: "toutes", label: t.all },
          ...SAISINE_STATUSES.map((s) => ({ value: s, label: SAISINE_STATUS_LABELS[s] })),
        ])}
        <SelectField
          id="file-titulaire"
          label={t.assignee}
          value={draft.assignee ?? ""}
          onChange={(event) => set("assignee")(event.currentTarget.value)}
        >
          <option value="">{t.anyAssignee}</option>
          <option value="me">{t.me}</option>
          <option value="none">{t.unassigned}</option>
          <AssigneeOptions list={assignees} />
        </SelectField>
        {select("due", "file-echeance", t.due, t.anyDue, [
          { value: "soon", label: t.soon },
          { value: "breached", label: t.breached },
        ])}
        {select("qualification", "file-qualification", t.qualification, t.anyQualification, [
          { value: "a-verifier", label: t.toQualify },
        ])}
        <SelectField
          id="file-tri"
          label={t.sort}
          value={draft.sort ?? "due"}
          onChange={(event) => set("sort")(event.currentTarget.value)}
        >
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t.sorts[sort]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="inline-actions">
        <Button type="submit">{t.apply}</Button>
        <Button variant="secondary" onClick={reset}>
          {t.reset}
        </Button>
      </div>
    </form>
  );
}
