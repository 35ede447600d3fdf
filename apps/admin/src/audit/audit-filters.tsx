/** The journal's filters, kept in the URL (shareable, back and forward work). */
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
import { auditMessages } from "./messages.ts";
import type { Organisation } from "../organisations/use-organisations.ts";

const t = auditMessages;

export type AuditFilters = {
  orgId?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
};

/** URL parameter of each filter (French, as the URLs are). */
const params = {
  orgId: "organisation",
  action: "action",
  actor: "auteur",
  from: "du",
  to: "au",
} as const satisfies Record<keyof AuditFilters, string>;

const keys = Object.keys(params) as (keyof AuditFilters)[];

export function filtersFrom(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of keys) {
    const value = search.get(params[key])?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

function queryOf(filters: AuditFilters) {
  const search = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key]?.trim();
    if (value) search.set(params[key], value);
  }
  const query = search.toString();
  return query ? `?${query}` : "";
}

const fields = [
  { name: "orgId", id: "journal-organisation", label: t.organisation },
  { name: "action", id: "journal-action", label: t.action },
  { name: "actor", id: "journal-auteur", label: t.actor },
  { name: "from", id: "journal-du", label: t.from },
  { name: "to", id: "journal-au", label: t.to },
] as const;

type AuditFiltersFormProps = {
  current: AuditFilters;
  organisations: readonly Organisation[];
  /** A refusal of the filters by the API (an invalid date…), shown field by field. */
  error: FormError | null;
};

export function AuditFiltersForm({ current, organisations, error }: AuditFiltersFormProps) {
  const { navigate } = useRoute();
  const [draft, setDraft] = useState<AuditFilters>(current);
  const currentQuery = queryOf(current);
  // Back and forward change the URL under the form: show the filters the list shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string stands for `current`
  useEffect(() => setDraft(current), [currentQuery]);

  const set = (key: keyof AuditFilters) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(`/journal${queryOf(draft)}`, { keepFocus: true });
  }

  function reset() {
    setDraft({});
    navigate("/journal", { keepFocus: true });
  }

  const fieldErrors = error?.fieldErrors;
  return (
    <form className="form-panel" noValidate onSubmit={submit} aria-labelledby="journal-filtres">
      <h2 id="journal-filtres">{t.filtersTitle}</h2>
      <FormErrorSummary error={error} fields={fields} headingLevel={3} />
      <div className="filters">
        <SelectField
          id="journal-organisation"
          label={t.organisation}
          value={draft.orgId ?? ""}
          onChange={(event) => set("orgId")(event.currentTarget.value)}
          error={fieldError(fieldErrors, "orgId")}
        >
          <option value="">{t.allOrganisations}</option>
          {organisations.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="journal-action"
          label={t.action}
          hint={t.actionHint}
          value={draft.action ?? ""}
          spellCheck={false}
          onChange={(event) => set("action")(event.currentTarget.value)}
          error={fieldError(fieldErrors, "action")}
        />
        <TextField
          id="journal-auteur"
          label={t.actor}
          hint={t.actorHint}
          value={draft.actor ?? ""}
          onChange={(event) => set("actor")(event.currentTarget.value)}
          error={fieldError(fieldErrors, "actor")}
        />
        <TextField
          id="journal-du"
          label={t.from}
          hint={t.dateHint}
          type="date"
          value={draft.from ?? ""}
          onChange={(event) => set("from")(event.currentTarget.value)}
          error={fieldError(fieldErrors, "from")}
        />
        <TextField
          id="journal-au"
          label={t.to}
          hint={t.dateHint}
          type="date"
          value={draft.to ?? ""}
          onChange={(event) => set("to")(event.currentTarget.value)}
          error={fieldError(fieldErrors, "to")}
        />
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
