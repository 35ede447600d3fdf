/**
 * The RGPD home of a commune (/rgpd): what waits for whom across its registers, the registers
 * themselves, and the exports — each register in PDF, CSV, ODS or JSON, or the whole file at once.
 */
import { PROCESSING_STATUS_LABELS, PROCESSING_STATUSES } from "@mutu/domain";
import {
  Button,
  Form,
  fieldError,
  Loaded,
  Options,
  Section,
  SelectField,
  Status,
  useDownload,
} from "@mutu/ui";
import { useState } from "react";
import { trpc } from "../trpc.ts";
import { rgpdMessages } from "./messages.ts";
import { RgpdLink, useOrgInput, RgpdPage } from "./space.tsx";
import type { Overview } from "./types.ts";

const t = rgpdMessages.overview;

const REGISTER_LINKS = [
  { path: "/rgpd/traitements", key: "processings" },
  { path: "/rgpd/traitements-partages", key: "shared" },
  { path: "/rgpd/violations", key: "breaches" },
  { path: "/rgpd/demandes", key: "requests" },
  { path: "/rgpd/conservation", key: "retention" },
  { path: "/rgpd/sous-traitance", key: "processorRegister" },
  { path: "/rgpd/organisation", key: "organisation" },
] as const;

function Waiting({ o }: { o: Overview }) {
  const c = o.counts;
  const lines: ({ to: string; params: Record<string, string>; text: string } | null)[] = [
    c.pendingOpinions
      ? {
          to: "/rgpd/traitements",
          params: { statut: "awaiting-opinion" },
          text: t.pendingOpinions(c.pendingOpinions),
        }
      : null,
    c.pendingProposals
      ? { to: "/rgpd/traitements", params: {}, text: t.pendingProposals(c.pendingProposals) }
      : null,
    c.openBreaches
      ? { to: "/rgpd/violations", params: {}, text: t.openBreaches(c.openBreaches) }
      : null,
    c.openRequests
      ? {
          to: "/rgpd/demandes",
          params: { etat: "en-cours" },
          text: t.openRequests(c.openRequests, c.overdueRequests),
        }
      : null,
    c.retentionDue
      ? {
          to: "/rgpd/conservation",
          params: {},
          text: t.retentionDue(c.retentionDue, c.retentionAwaitingCommune),
        }
      : null,
    c.unacknowledgedNotifications
      ? {
          to: "/rgpd/organisation",
          params: {},
          text: t.unacknowledged(c.unacknowledgedNotifications),
        }
      : null,
    c.openDisagreements
      ? { to: "/rgpd/organisation", params: {}, text: t.openDisagreements(c.openDisagreements) }
      : null,
  ];
  const shown = lines.filter((x): x is NonNullable<typeof x> => x !== null);
  return (
    <Section id="attente" title={t.waiting}>
      {shown.length ? (
        <ul>
          {shown.map((l) => (
            <li key={l.text}>
              <RgpdLink to={l.to} params={l.params}>
                {l.text}
              </RgpdLink>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.nothingWaiting}</p>
      )}
      <h3>{t.statuses}</h3>
      <ul className="plain-list">
        {PROCESSING_STATUSES.map((s) => (
          <li key={s}>
            {PROCESSING_STATUS_LABELS[s]} : {o.counts.processings[s] ?? 0}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function ExportsSection({ controller }: { controller: boolean }) {
  const e = rgpdMessages.exports;
  const orgInput = useOrgInput();
  const utils = trpc.useUtils();
  const [register, setRegister] = useState<keyof typeof e.registers>("processings");
  const [format, setFormat] = useState<keyof typeof e.formats>("pdf");
  const { busy, error, done, run: download } = useDownload<"one" | "all">(e.done);
  const run = (kind: "one" | "all") =>
    download(kind, () =>
      kind === "one"
        ? utils.rgpd.exportRegister.fetch({ ...orgInput, register, format })
        : utils.rgpd.exportArchive.fetch(orgInput),
    );
  const registers = (Object.keys(e.registers) as (keyof typeof e.registers)[]).filter(
    (r) => controller || r !== "processors",
  );
  return (
    <Section id="exports" title={e.title} lead={e.lead}>
      <Status>{done}</Status>
      <Form
        className="form form-wide filters"
        error={error}
        fields={[]}
        failed={e.failed}
        onSubmit={() => run("one")}
        actions={{ submit: e.submit, submitting: e.submitting, pending: busy === "one" }}
      >
        <SelectField
          id="export-registre"
          label={e.register}
          value={register}
          onChange={(x) => setRegister(x.currentTarget.value as typeof register)}
          error={fieldError(error?.fieldErrors, "register")}
        >
          <Options options={registers.map((r) => ({ value: r, label: e.registers[r] }))} />
        </SelectField>
        <SelectField
          id="export-format"
          label={e.format}
          value={format}
          onChange={(x) => setFormat(x.currentTarget.value as typeof format)}
        >
          {(Object.keys(e.formats) as (keyof typeof e.formats)[]).map((f) => (
            <option key={f} value={f}>
              {e.formats[f]}
            </option>
          ))}
        </SelectField>
      </Form>
      <p>
        <Button
          variant="secondary"
          busy={busy === "all"}
          busyLabel={e.archiving}
          onClick={() => void run("all")}
        >
          {e.archive}
        </Button>
      </p>
    </Section>
  );
}

export function OverviewPage() {
  const overview = trpc.rgpd.overview.useQuery(useOrgInput());
  return (
    <Loaded query={overview} loadingLabel={rgpdMessages.loading}>
      {(o) => (
        <RgpdPage
          title={t.title(o.orgName)}
          lead={o.orgKind === "operator" ? t.leadOperator : t.lead}
        >
          <Waiting o={o} />
          <Section id="registres" title={t.registers}>
            <ul className="cards">
              {REGISTER_LINKS.filter(
                (l) =>
                  o.orgKind === "commune" || (l.key !== "processorRegister" && l.key !== "shared"),
              ).map((l) => (
                <li key={l.key} className="card">
                  <h3>
                    <RgpdLink to={l.path}>{rgpdMessages.sections[l.key]}</RgpdLink>
                  </h3>
                  <p>{t.registerCards[l.key]}</p>
                </li>
              ))}
            </ul>
          </Section>
          <ExportsSection controller={o.orgKind === "commune"} />
        </RgpdPage>
      )}
    </Loaded>
  );
}
