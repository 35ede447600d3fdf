/**
 * The vendors the Métropole chooses as processors (/rgpd/prestataires): their Art. 28 contract,
 * its expiry, the commitments every commune is told of (V-d), and — for a commune that wants its
 * own solution at its own cost — the commune it serves alone.
 */
import { saveProcessorInput } from "@mutu/domain";
import {
  DayField,
  fieldLayout,
  Form,
  FormPanel,
  formActions,
  Options,
  SelectField,
  SelectFilter,
  TextAreaField,
  TextField,
  useFields,
  useFormPanel,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { type Vendor, VendorsTable } from "@mutu/web/rgpd";
import { useState } from "react";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { rgpdAdminMessages } from "./messages.ts";
import { KeeperPage } from "./space.tsx";

const t = rgpdAdminMessages.vendors;

const blank = {
  name: "",
  parentId: "",
  address: "",
  dpoContact: "",
  contractReference: "",
  contractSignedOn: "",
  contractExpiresOn: "",
  commitments: "",
  communeId: "",
};

const layout = fieldLayout("prestataire", {
  name: ["nom", t.name],
  parentId: ["parent", t.parent],
  address: ["adresse", t.address],
  dpoContact: ["dpo", t.dpoContact],
  contractReference: ["contrat", t.contractReference],
  contractSignedOn: ["signature", t.contractSignedOn],
  contractExpiresOn: ["echeance", t.contractExpiresOn],
  commitments: ["engagements", t.commitments],
  communeId: ["commune", t.commune],
});

/** The form's values for a vendor, or blank for a new one. */
function valuesOf(found: Vendor | undefined): typeof blank {
  if (!found) return blank;
  return {
    name: found.name,
    parentId: found.parentId ?? "",
    address: found.address,
    dpoContact: found.dpoContact,
    contractReference: found.contractReference,
    contractSignedOn: found.contractSignedOn ?? "",
    contractExpiresOn: found.contractExpiresOn ?? "",
    commitments: found.commitments,
    communeId: found.communeId ?? "",
  };
}

function VendorForm({
  vendors,
  onDone,
}: {
  vendors: readonly Vendor[];
  onDone(message: string): Promise<void>;
}) {
  const panel = useFormPanel();
  const orgs = useOrganisations();
  const save = trpc.rgpd.processors.save.useMutation();
  const form = useSchemaForm(saveProcessorInput, save);
  const [editing, setEditing] = useState("");
  const f = useFields(blank, form.error, layout);
  const v = f.values;
  function choose(id: string) {
    setEditing(id);
    f.reset(valuesOf(vendors.find((x) => x.id === id)));
  }
  return (
    <FormPanel id="prestataire" toggle={t.add} title={editing ? t.edit : t.add} state={panel}>
      {/* The vendor chosen fills the form on the button only: going through the list with the
          arrows replaces nothing that was typed (RGAA 7.4). */}
      <SelectFilter
        id="prestataire-choix"
        words={{ form: t.choose, label: t.choose, show: t.fill }}
        current={editing}
        onApply={choose}
      >
        <Options empty={t.newOne} options={vendors.map((x) => ({ value: x.id, label: x.name }))} />
      </SelectFilter>
      <Form
        error={form.error}
        fields={layout}
        failed={t.failed}
        onSubmit={() => {
          const checked = form.check({
            ...(editing ? { processorId: editing } : {}),
            ...v,
            contractSignedOn: v.contractSignedOn || null,
            contractExpiresOn: v.contractExpiresOn || null,
          });
          if (checked)
            save.mutate(checked, {
              async onSuccess() {
                choose("");
                panel.close();
                await onDone(t.saved);
              },
            });
        }}
        actions={formActions({ submit: t.save, submitting: t.saving }, save.isPending)}
      >
        <TextField {...f.field("name")} required className="input input-wide" />
        <SelectField {...f.field("parentId")}>
          <Options
            empty={t.noParent}
            options={vendors
              .filter((x) => x.id !== editing)
              .map((x) => ({ value: x.id, label: x.name }))}
          />
        </SelectField>
        <TextField {...f.field("address")} className="input input-wide" />
        <TextField {...f.field("dpoContact")} className="input input-wide" />
        <div className="field-row">
          <TextField {...f.field("contractReference")} required />
          <DayField {...f.field("contractSignedOn")} />
          <DayField {...f.field("contractExpiresOn")} />
        </div>
        <TextAreaField {...f.field("commitments")} required rows={4} />
        <SelectField {...f.field("communeId")}>
          <OrganisationOptions organisations={orgs.communes} empty={t.allCommunes} />
        </SelectField>
      </Form>
    </FormPanel>
  );
}

export function VendorsPage() {
  const vendors = trpc.rgpd.processors.list.useQuery();
  const utils = trpc.useUtils();
  const [notice, setNotice] = useState("");
  return (
    <KeeperPage title={t.title} lead={t.lead} notice={notice} query={vendors}>
      {(rows) => (
        <>
          <VendorForm
            vendors={rows}
            onDone={async (message) => {
              await utils.rgpd.processors.invalidate();
              setNotice(message);
            }}
          />
          <VendorsTable vendors={rows} />
        </>
      )}
    </KeeperPage>
  );
}
