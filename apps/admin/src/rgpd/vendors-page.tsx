/**
 * The vendors the Métropole chooses as processors (/rgpd/prestataires): their Art. 28 contract,
 * its expiry, the commitments every commune is told of (V-d), and — for a commune that wants its
 * own solution at its own cost — the commune it serves alone.
 */
import { saveProcessorInput } from "@mutu/domain";
import {
  Form,
  FormPanel,
  Loaded,
  SelectField,
  Status,
  TextAreaField,
  TextField,
  fieldError,
  useFormPanel,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { RgpdPage, rgpdMessages, type Vendor, VendorsTable } from "@mutu/web/rgpd";
import { useState } from "react";
import { OrganisationOptions } from "../organisations/organisation-options.tsx";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { rgpdAdminMessages } from "./messages.ts";
import { AdminRgpd } from "./space.tsx";

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
  const [v, setV] = useState(blank);
  const set = (c: Partial<typeof v>) => setV((x) => ({ ...x, ...c }));
  const e = form.error?.fieldErrors;
  function choose(id: string) {
    setEditing(id);
    const found = vendors.find((x) => x.id === id);
    setV(
      found
        ? {
            name: found.name,
            parentId: found.parentId ?? "",
            address: found.address,
            dpoContact: found.dpoContact,
            contractReference: found.contractReference,
            contractSignedOn: found.contractSignedOn ?? "",
            contractExpiresOn: found.contractExpiresOn ?? "",
            commitments: found.commitments,
            communeId: found.communeId ?? "",
          }
        : blank,
    );
  }
  return (
    <FormPanel id="prestataire" toggle={t.add} title={editing ? t.edit : t.add} state={panel}>
      <SelectField
        id="prestataire-choix"
        label={t.choose}
        value={editing}
        onChange={(x) => choose(x.currentTarget.value)}
      >
        <option value="">{t.newOne}</option>
        {vendors.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </SelectField>
      <Form
        error={form.error}
        fields={[
          { name: "name", id: "prestataire-nom", label: t.name },
          { name: "parentId", id: "prestataire-parent", label: t.parent },
          { name: "contractReference", id: "prestataire-contrat", label: t.contractReference },
          { name: "contractExpiresOn", id: "prestataire-echeance", label: t.contractExpiresOn },
          { name: "commitments", id: "prestataire-engagements", label: t.commitments },
          { name: "communeId", id: "prestataire-commune", label: t.commune },
        ]}
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
        actions={{ submit: t.save, submitting: t.saving, pending: save.isPending }}
      >
        <TextField
          id="prestataire-nom"
          label={t.name}
          required
          className="input input-wide"
          value={v.name}
          onChange={(x) => set({ name: x.currentTarget.value })}
          error={fieldError(e, "name")}
        />
        <SelectField
          id="prestataire-parent"
          label={t.parent}
          value={v.parentId}
          onChange={(x) => set({ parentId: x.currentTarget.value })}
          error={fieldError(e, "parentId")}
        >
          <option value="">{t.noParent}</option>
          {vendors
            .filter((x) => x.id !== editing)
            .map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
        </SelectField>
        <TextField
          id="prestataire-adresse"
          label={t.address}
          className="input input-wide"
          value={v.address}
          onChange={(x) => set({ address: x.currentTarget.value })}
          error={fieldError(e, "address")}
        />
        <TextField
          id="prestataire-dpo"
          label={t.dpoContact}
          className="input input-wide"
          value={v.dpoContact}
          onChange={(x) => set({ dpoContact: x.currentTarget.value })}
          error={fieldError(e, "dpoContact")}
        />
        <div className="field-row">
          <TextField
            id="prestataire-contrat"
            label={t.contractReference}
            required
            value={v.contractReference}
            onChange={(x) => set({ contractReference: x.currentTarget.value })}
            error={fieldError(e, "contractReference")}
          />
          <TextField
            id="prestataire-signature"
            label={t.contractSignedOn}
            type="date"
            className="input input-short"
            value={v.contractSignedOn}
            onChange={(x) => set({ contractSignedOn: x.currentTarget.value })}
            error={fieldError(e, "contractSignedOn")}
          />
          <TextField
            id="prestataire-echeance"
            label={t.contractExpiresOn}
            type="date"
            className="input input-short"
            value={v.contractExpiresOn}
            onChange={(x) => set({ contractExpiresOn: x.currentTarget.value })}
            error={fieldError(e, "contractExpiresOn")}
          />
        </div>
        <TextAreaField
          id="prestataire-engagements"
          label={t.commitments}
          required
          rows={4}
          value={v.commitments}
          onChange={(x) => set({ commitments: x.currentTarget.value })}
          error={fieldError(e, "commitments")}
        />
        <SelectField
          id="prestataire-commune"
          label={t.commune}
          value={v.communeId}
          onChange={(x) => set({ communeId: x.currentTarget.value })}
          error={fieldError(e, "communeId")}
        >
          <OrganisationOptions
            organisations={orgs.list.filter((o) => o.kind === "commune")}
            empty={t.allCommunes}
          />
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
    <AdminRgpd picker={false}>
      <RgpdPage
        title={t.title}
        lead={t.lead}
        back={{ to: "/rgpd", label: rgpdMessages.back.overview }}
      >
        <Status>{notice}</Status>
        <Loaded query={vendors} loadingLabel={rgpdMessages.loading}>
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
        </Loaded>
      </RgpdPage>
    </AdminRgpd>
  );
}
