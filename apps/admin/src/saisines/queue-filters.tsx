/**
 * The queue's filters, kept in the URL: commune, centre de proximité, sub-domain, nature, type,
 * status, assignee, due soon or breached, to qualify, French full-text search. What is typed and
 * chosen is a draft until « Rechercher » (or Entrée in a field): a select moved through with the
 * arrows, a word half typed, never reload the list under the person (RGAA 7.4, WCAG 3.2.2), as
 * every other list's filters. On a phone they fold away under « Filtres ». A refusal of the
 * filters by the API is shown on the fields.
 */
import {
  SAISINE_NATURE_LABELS,
  SAISINE_NATURES,
  SAISINE_STATUS_LABELS,
  SAISINE_STATUSES,
  SAISINE_TYPE_LABELS,
  SAISINE_TYPES,
  SUB_DOMAIN_LETTERS,
  sortFrench,
} from "@mutu/domain";
import {
  Button,
  fieldLayout,
  type FormError,
  FormErrorSummary,
  fieldError,
  labelled,
  Options,
  SelectField,
  TextField,
  useFiltersDraft,
  useRoute,
} from "@mutu/ui";
import { subDomainLabel } from "@mutu/web/saisines";
import { useState } from "react";
import type { Organisation } from "../organisations/use-organisations.ts";
import { AssigneeOptions } from "./assignee-options.tsx";
import { saisinesMessages } from "./messages.ts";
import { type QueueFilters, queuePath } from "./queue-url.ts";
import type { Assignees } from "./types.ts";

const t = saisinesMessages.filters;

const fields = fieldLayout("file", {
  q: ["recherche", t.q],
  orgIds: ["commune", t.commune],
  proximityCentre: ["centre", t.proximity],
});

type QueueFiltersFormProps = {
  current: QueueFilters;
  communes: readonly Organisation[];
  assignees: Assignees | undefined;
  error: FormError | null;
};

/** Open on a wide screen, folded on a phone (until the person opens it). */
function useWideScreen() {
  const [wide] = useState(() =>
    typeof window === "undefined" ? true : window.matchMedia("(min-width: 48rem)").matches,
  );
  return wide;
}

export function QueueFiltersForm({ current, communes, assignees, error }: QueueFiltersFormProps) {
  const { navigate, search } = useRoute();
  // Back and forward change the URL under the form: the draft becomes what the list shows.
  const [draft, setDraft] = useFiltersDraft<QueueFilters>(current, queuePath(current));
  const wide = useWideScreen();
  const active = Object.entries(current).filter(([k, v]) => k !== "sort" && v).length;

  function apply() {
    // What a dashboard's link added (a period, a delay…) stays while the filters change.
    navigate(queuePath({ ...draft, q: draft.q?.trim() }, undefined, search), { keepFocus: true });
  }

  const centres = sortFrench(
    [...new Set(communes.flatMap((c) => (c.proximityCentre ? [c.proximityCentre] : [])))],
    (c) => c,
  );

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
      onChange={(event) => setDraft({ ...draft, [key]: event.currentTarget.value })}
    >
      <Options empty={all} options={options} />
    </SelectField>
  );

  return (
    <details className="filters-panel" open={wide || active > 0 || Boolean(error)}>
      <summary id="file-filtres" className="filters-title">
        {t.title}
        {active ? <span className="badge badge-info">{t.active(active)}</span> : null}
      </summary>
      <form
        className="form-panel"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
        aria-labelledby="file-filtres"
      >
        <FormErrorSummary error={error} fields={fields} headingLevel={3} />
        <div className="filters">
          <TextField
            id="file-recherche"
            label={t.q}
            hint={t.qHint}
            type="search"
            value={draft.q ?? ""}
            onChange={(event) => setDraft({ ...draft, q: event.currentTarget.value })}
            error={fieldError(error?.fieldErrors, "q")}
          />
        </div>
        <div className="filters">
          {select(
            "orgId",
            "file-commune",
            t.commune,
            t.allCommunes,
            sortFrench(communes, (c) => c.name).map((c) => ({ value: c.id, label: c.name })),
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
            labelled(SAISINE_NATURES, SAISINE_NATURE_LABELS),
          )}
          {select(
            "type",
            "file-type",
            t.type,
            t.allTypes,
            labelled(SAISINE_TYPES, SAISINE_TYPE_LABELS),
          )}
          {select("status", "file-statut", t.status, t.open, [
            { value: "toutes", label: t.all },
            ...labelled(SAISINE_STATUSES, SAISINE_STATUS_LABELS),
          ])}
          <SelectField
            id="file-titulaire"
            label={t.assignee}
            value={draft.assignee ?? ""}
            onChange={(event) => setDraft({ ...draft, assignee: event.currentTarget.value })}
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
        </div>
        <div className="inline-actions">
          <Button type="submit" variant="secondary">
            {t.apply}
          </Button>
          {active ? (
            <Button
              variant="secondary"
              onClick={() => navigate(queuePath({ sort: current.sort }), { keepFocus: true })}
            >
              {t.reset}
            </Button>
          ) : null}
        </div>
      </form>
    </details>
  );
}
