/**
 * « Personnes »: people by organisation with their functions, searched by name or address (in
 * the URL), sorted by any column and cut in pages of 25; for those who may manage people,
 * creating an account, assigning and removing functions, deactivating and reactivating (each
 * asked for confirmation).
 */
import {
  Button,
  type Column,
  DataTable,
  FilterBar,
  FormPanel,
  Loaded,
  Page,
  SelectField,
  Status,
  TextField,
  formatNumber,
  textBinding,
  urlFilters,
  useFiltersDraft,
  useFormPanel,
  useRoute,
} from "@mutu/ui";
import { useEffect, useState } from "react";
import { can, trpc, useSession } from "@mutu/web";
import { peopleMessages } from "./messages.ts";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { CreatePersonForm } from "./create-person-form.tsx";
import { type ActivationChange, ActivationDialog } from "./activation-dialog.tsx";
import { FunctionsDialog } from "./functions-dialog.tsx";
import type { Person, Side } from "./types.ts";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";

const t = peopleMessages;

/** Each filter and its URL parameter (French, as the URLs are). */
const peopleUrl = urlFilters({ orgId: "organisation", q: "q" });

/** The ids of a row's « Désactiver » and « Réactiver » buttons, to put the focus back on the row. */
const activationButtonId = (personId: string, active: boolean) =>
  `personne-${personId}-${active ? "desactiver" : "reactiver"}`;

export function PeoplePage() {
  const me = useSession();
  const { search } = useRoute();
  const orgs = useOrganisations();
  const filters = peopleUrl.filled(peopleUrl.from(search));
  const { orgId: orgFilter, q: query } = filters;
  const people = trpc.people.list.useQuery(orgFilter ? { orgId: orgFilter } : {});
  const catalogue = trpc.people.functions.useQuery(undefined, { staleTime: 5 * 60_000 });
  const canManage = can(me, "people.manage");

  const [status, setStatus] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [activation, setActivation] = useState<ActivationChange | null>(null);
  // After a change the button that opened the dialog is gone: the focus goes to the one replacing it.
  const [focusId, setFocusId] = useState<string | null>(null);
  const creating = useFormPanel();

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const editing = people.data?.find((p) => p.id === editingId) ?? null;
  const sideOf = (orgId: string): Side =>
    orgs.byId.get(orgId)?.kind === "operator" ? "operator" : "commune";

  const columns: Column<Person>[] = [
    {
      key: "name",
      header: t.name,
      rowHeader: true,
      sortValue: (p) => p.displayName,
      cell: (p) => (p.id === me.personId ? `${p.displayName} ${t.youLabel}` : p.displayName),
    },
    { key: "email", header: t.email, sortValue: (p) => p.email, cell: (p) => p.email },
    {
      key: "org",
      header: t.organisation,
      sortValue: (p) => orgs.nameOf(p.orgId) ?? "",
      cell: (p) => orgs.nameOf(p.orgId),
    },
    {
      key: "functions",
      header: t.functions,
      cell: (p) =>
        p.functions.length ? (
          <ul className="plain-list">
            {p.functions.map((fn) => (
              <li key={fn.id}>{fn.label}</li>
            ))}
          </ul>
        ) : (
          t.noFunctions
        ),
    },
    {
      key: "state",
      header: t.state,
      sortValue: (p) => (p.active ? 0 : 1),
      cell: (p) => (
        <span className={p.active ? "badge badge-ok" : "badge badge-off"}>
          {p.active ? t.active : t.inactive}
        </span>
      ),
    },
  ];
  /** « Désactiver » an active person, « Réactiver » an inactive one: the dialog asks first. */
  const activationButton = (p: Person) => (
    <Button
      key={p.active ? "deactivate" : "reactivate"}
      id={activationButtonId(p.id, p.active)}
      variant={p.active ? "danger" : "secondary"}
      className="button-small"
      onClick={() => {
        setStatus(null);
        setActivation({ person: p, active: !p.active });
      }}
    >
      {p.active ? t.deactivate : t.reactivate}
      <span className="visually-hidden"> {p.displayName}</span>
    </Button>
  );
  if (canManage)
    columns.push({
      key: "actions",
      header: t.actions,
      cell: (p) =>
        p.active ? (
          <div className="inline-actions">
            <Button
              key="functions"
              variant="secondary"
              className="button-small"
              onClick={() => {
                setStatus(null);
                setEditingId(p.id);
              }}
            >
              {t.manageFunctions}
              <span className="visually-hidden">{t.ofPerson(p.displayName)}</span>
            </Button>
            {p.id === me.personId ? null : activationButton(p)}
          </div>
        ) : (
          <div className="inline-actions">{activationButton(p)}</div>
        ),
    });

  const scope = orgFilter ? t.captionOf(orgs.nameOf(orgFilter) ?? "") : t.captionAll;

  return (
    <Page title={t.title} lead={t.lead}>
      <Status>{status}</Status>

      {canManage ? (
        <FormPanel
          id="nouvelle-personne"
          toggle={t.create.toggle}
          title={t.create.title}
          state={creating}
          onToggle={() => setStatus(null)}
        >
          <CreatePersonForm
            organisations={orgs.list}
            functions={catalogue.data ?? []}
            defaultOrgId={orgFilter}
            onCancel={creating.close}
            onCreated={(message) => {
              creating.close();
              setStatus(message);
            }}
          />
        </FormPanel>
      ) : null}

      <PeopleFilters current={filters} organisations={orgs.list} />

      <Loaded query={people}>
        {(all) => {
          const rows = all.filter((p) => matches(p, query));
          return (
            <DataTable
              caption={t.caption(scope, formatNumber(rows.length))}
              columns={columns}
              rows={rows}
              initialSort={{ column: "name", direction: "asc" }}
              pageSize={25}
              layout="cards"
              empty={query ? t.noMatch(query) : undefined}
            />
          );
        }}
      </Loaded>

      {canManage ? (
        <>
          <FunctionsDialog
            person={editing}
            side={editing ? sideOf(editing.orgId) : "commune"}
            catalogue={catalogue.data ?? []}
            onClose={() => setEditingId(null)}
          />
          <ActivationDialog
            change={activation}
            colleagues={(people.data ?? []).filter((p) => p.active)}
            onClose={() => setActivation(null)}
            onDone={(message) => {
              if (activation)
                setFocusId(activationButtonId(activation.person.id, activation.active));
              setActivation(null);
              setStatus(message);
            }}
          />
        </>
      ) : null}
    </Page>
  );
}

/** Accents and case aside: « helene » finds « Hélène ». */
const folded = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

function matches(p: Person, query: string) {
  const q = folded(query.trim());
  return !q || folded(`${p.displayName} ${p.email}`).includes(q);
}

type PeopleFiltersProps = {
  current: Record<"orgId" | "q", string>;
  organisations: readonly { id: string; name: string }[];
};

/** A plain form (choose, type, then « Afficher »): the choice lives in the URL. */
function PeopleFilters({ current, organisations }: PeopleFiltersProps) {
  const { navigate } = useRoute();
  // Back and forward change the URL under the form: it shows what the list shows.
  const [draft, setDraft] = useFiltersDraft(current, peopleUrl.query(current));
  const text = textBinding(draft, (patch) => setDraft((d) => ({ ...d, ...patch })), undefined);
  function submit() {
    navigate(`/personnes${peopleUrl.query(draft)}`, { keepFocus: true });
  }
  return (
    <FilterBar label={t.filtersLabel} submit={t.filterSubmit} onApply={submit}>
      <TextField
        id="filtre-personne"
        label={t.searchLabel}
        hint={t.searchHint}
        type="search"
        {...text("q")}
      />
      <SelectField id="filtre-organisation" label={t.filterLabel} {...text("orgId")}>
        <OrganisationOptions organisations={organisations} empty={t.allOrganisations} />
      </SelectField>
    </FilterBar>
  );
}
