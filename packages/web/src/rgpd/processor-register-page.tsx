/**
 * The register the Métropole keeps as processor for this commune (/rgpd/sous-traitance, RGPD art.
 * 30.2), generated from the commune's register — every record in force where it processes or is
 * joint controller — and the vendors it chose, with « le contenu des engagements souscrits » (V-d).
 */
import { CONTRACT_STATE_LABELS } from "@mutu/domain";
import { CalendarDate, type Column, DataTable, DescriptionList, Loaded, Section } from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { rgpdMessages } from "./messages.ts";
import { useOrgInput, RgpdPage } from "./space.tsx";
import type { ProcessorRegister, Vendor } from "./types.ts";
import { vendorMessages as t } from "./vendor-messages.ts";

type Entry = ProcessorRegister["entries"][number];
const list = (items: readonly string[]) =>
  items.length ? (
    <ul className="plain-list">
      {items.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  ) : (
    <span className="muted">{rgpdMessages.none}</span>
  );

export function VendorsTable({ vendors }: { vendors: readonly Vendor[] }) {
  const columns: Column<Vendor>[] = [
    {
      key: "name",
      header: t.name,
      rowHeader: true,
      cell: (v) => (
        <>
          {v.name}
          {v.parentName ? (
            <>
              <br />
              <span className="muted">{t.subOf(v.parentName)}</span>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: "contract",
      header: t.contract,
      cell: (v) => (
        <>
          {v.contractReference}
          <br />
          <span className="muted">
            {t.until} <CalendarDate value={v.contractExpiresOn} /> —{" "}
            {CONTRACT_STATE_LABELS[v.contractState]}
          </span>
        </>
      ),
    },
    {
      key: "commitments",
      header: t.commitments,
      cell: (v) => <span className="text-block">{v.commitments}</span>,
    },
    {
      key: "scope",
      header: t.scope,
      cell: (v) => (v.communeName ? t.specific(v.communeName) : t.general),
    },
    { key: "used", header: t.used, numeric: true, cell: (v) => v.usedBy },
  ];
  return (
    <DataTable
      layout="cards"
      caption={t.caption(vendors.length)}
      columns={columns}
      rows={vendors}
      empty={t.empty}
    />
  );
}

export function ProcessorRegisterPage() {
  const register = trpc.rgpd.processorRegister.useQuery(useOrgInput());
  const vendors = trpc.rgpd.processors.list.useQuery();
  const columns: Column<Entry>[] = [
    { key: "number", header: t.number, numeric: true, cell: (e) => e.number },
    {
      key: "name",
      header: t.processing,
      rowHeader: true,
      cell: (e) => (
        <>
          {e.name}
          <br />
          <span className="muted">{e.role}</span>
        </>
      ),
    },
    { key: "purposes", header: t.categories, cell: (e) => list(e.purposes) },
    { key: "data", header: t.data, cell: (e) => list(e.dataCategories) },
    { key: "transfers", header: t.transfers, cell: (e) => list(e.transfers) },
    { key: "security", header: t.security, cell: (e) => list(e.security) },
    { key: "sub", header: t.subProcessors, cell: (e) => list(e.subProcessors) },
  ];
  return (
    <RgpdPage
      title={rgpdMessages.sections.processorRegister}
      lead={t.lead}
      back={{ to: "/rgpd", label: rgpdMessages.back.overview }}
    >
      <Loaded query={register} loadingLabel={rgpdMessages.loading}>
        {(r) => (
          <>
            <Section id="parties" title={t.parties}>
              <DescriptionList
                items={[
                  { key: "controller", term: t.controller, description: r.controller.name },
                  { key: "controllerDpo", term: t.controllerDpo, description: r.controller.dpo },
                  { key: "processor", term: t.processor, description: r.processor.name },
                  { key: "processorDpo", term: t.processorDpo, description: r.processor.dpo },
                ]}
              />
            </Section>
            <Section id="categories" title={t.entries}>
              <DataTable
                layout="cards"
                caption={t.entriesCaption(r.entries.length)}
                columns={columns}
                rows={r.entries}
                rowKey={(e) => String(e.number)}
                empty={t.noEntry}
              />
            </Section>
          </>
        )}
      </Loaded>
      <Section id="prestataires" title={t.vendors} lead={t.vendorsLead}>
        <Loaded query={vendors} loadingLabel={rgpdMessages.loading}>
          {(rows) => <VendorsTable vendors={rows} />}
        </Loaded>
      </Section>
    </RgpdPage>
  );
}
