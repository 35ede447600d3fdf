/**
 * The register of processing (/rgpd/traitements): every record of the organisation with its status,
 * the Métropole's role worked out, where the DPO's opinion stands, and what to look at (sensitive
 * data, an impact assessment required, a new shared version, a change since the opinion). Filters
 * live in the URL.
 */
import {
  METROPOLE_ROLE_LABELS,
  type MetropoleRole,
  OPINION_OUTCOME_LABELS,
  PROCESSING_STATUS_LABELS,
  PROCESSING_STATUSES,
  type ProcessingStatus,
} from "@mutu/domain";
import {
  CalendarDate,
  type Column,
  FilterBar,
  labelled,
  Options,
  SelectField,
  TextField,
  useFields,
  useNotice,
  useRoute,
} from "@mutu/ui";
import { useSession } from "../session.tsx";
import { trpc } from "../trpc.ts";
import { rgpdMessages } from "./messages.ts";
import { RegisterListPage } from "./register-table.tsx";
import { RgpdLink, useOrgInput, useRgpdHref, useRgpdSpace } from "./space.tsx";
import type { ProcessingSummary } from "./types.ts";

const t = rgpdMessages.register;

export function StatusBadge({ status }: { status: ProcessingStatus }) {
  const tone = {
    draft: "badge-off",
    "awaiting-opinion": "badge-warning",
    "in-force": "badge-ok",
    ended: "badge-off",
  }[status];
  return <span className={`badge ${tone}`}>{PROCESSING_STATUS_LABELS[status]}</span>;
}

function Flags({ p }: { p: ProcessingSummary }) {
  const candidates: (string | null)[] = [
    p.sensitive ? t.sensitive : null,
    p.dpiaRequired ? t.dpia : null,
    p.sharedId ? t.shared : null,
    p.pendingProposal ? t.proposal : null,
    p.changedSinceOpinion ? t.changed : null,
  ];
  const flags = candidates.filter((f): f is string => f !== null);
  return flags.length ? (
    <ul className="plain-list">
      {flags.map((f) => (
        <li key={f}>{f}</li>
      ))}
    </ul>
  ) : null;
}

export function RegisterPage() {
  const _me = useSession();
  const space = useRgpdSpace();
  const { search, navigate } = useRoute();
  const href = useRgpdHref();
  const wantedStatus = search.get("statut") ?? "";
  const status = (PROCESSING_STATUSES as readonly string[]).includes(wantedStatus)
    ? (wantedStatus as ProcessingStatus)
    : undefined;
  const q = search.get("q") ?? "";
  const list = trpc.rgpd.processing.list.useQuery({
    ...useOrgInput(),
    ...(status ? { status } : {}),
    ...(q ? { q } : {}),
  });
  const draft = useFields({ status: status ?? "", q }, null);
  const notice = useNotice() ?? undefined;

  const columns: Column<ProcessingSummary>[] = [
    { key: "number", header: t.number, numeric: true, cell: (p) => p.number },
    {
      key: "name",
      header: t.name,
      rowHeader: true,
      cell: (p) => (
        <RgpdLink to="/rgpd/traitements/traitement" params={{ id: p.id }}>
          {p.name}
        </RgpdLink>
      ),
    },
    { key: "service", header: t.service, cell: (p) => p.service ?? "" },
    {
      key: "status",
      header: rgpdMessages.register.status,
      cell: (p) => <StatusBadge status={p.status} />,
    },
    {
      key: "role",
      header: t.role,
      cell: (p) => METROPOLE_ROLE_LABELS[p.metropoleRole as MetropoleRole],
    },
    {
      key: "opinion",
      header: t.opinion,
      cell: (p) =>
        p.pendingOpinion
          ? t.pending
          : p.lastOutcome
            ? OPINION_OUTCOME_LABELS[p.lastOutcome]
            : t.noOpinion,
    },
    { key: "inForce", header: t.inForceOn, cell: (p) => <CalendarDate value={p.inForceOn} /> },
    { key: "flags", header: t.flags, cell: (p) => <Flags p={p} /> },
  ];

  return (
    <RegisterListPage
      title={t.title}
      lead={space.side === "operator" && !space.orgId ? t.leadOperator : t.lead}
      notice={notice}
      add={{ to: "/rgpd/traitements/nouveau", label: t.add }}
      filters={
        <FilterBar
          label={t.filters}
          submit={t.apply}
          onApply={() => {
            const params: Record<string, string> = {};
            const { status: wanted, q: typed } = draft.values;
            if (wanted) params.statut = wanted;
            if (typed.trim()) params.q = typed.trim();
            navigate(href("/rgpd/traitements", params), { keepFocus: true });
          }}
        >
          <SelectField id="registre-statut" label={t.status} {...draft.text("status")}>
            <Options
              empty={t.allStatuses}
              options={labelled(PROCESSING_STATUSES, PROCESSING_STATUS_LABELS)}
            />
          </SelectField>
          <TextField id="registre-recherche" label={t.search} type="search" {...draft.text("q")} />
        </FilterBar>
      }
      query={list}
      caption={t.caption}
      columns={columns}
      empty={t.empty}
    />
  );
}
