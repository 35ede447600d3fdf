/**
 * Recording a processing in the register, or changing it (`?id=`): the form of the record, checked
 * with the domain schema the procedure parses; the record then opens on its own page.
 */
import { createProcessingInput, updateProcessingInput } from "@mutu/domain";
import { Loaded, useRoute } from "@mutu/ui";
import { useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { formMessages } from "./form-messages.ts";
import { rgpdMessages } from "./messages.ts";
import { contentOf, type Draft, draftOf, emptyDraft } from "./processing-draft.ts";
import { ProcessingForm } from "./processing-form.tsx";
import { useOrgInput, useRecordId, useRgpdHref, useRgpdSpace, RgpdPage } from "./space.tsx";
import type { Overview, ProcessingDetail, Vendor } from "./types.ts";

const t = formMessages.processing;

export function ProcessingEditPage() {
  const id = useRecordId();
  const orgInput = useOrgInput();
  const overview = trpc.rgpd.overview.useQuery(orgInput);
  const vendors = trpc.rgpd.processors.list.useQuery();
  const record = trpc.rgpd.processing.get.useQuery({ processingId: id }, { enabled: id !== "" });
  const ready = overview.data && vendors.data && (id === "" || record.data);
  const query = {
    data: ready ? true : undefined,
    error: overview.error ?? vendors.error ?? record.error,
  };
  return (
    <Loaded query={query} loadingLabel={rgpdMessages.loading}>
      {() =>
        overview.data && vendors.data ? (
          <EditForm
            overview={overview.data}
            vendors={vendors.data}
            record={id ? (record.data ?? null) : null}
          />
        ) : null
      }
    </Loaded>
  );
}

function EditForm({
  overview,
  vendors,
  record,
}: {
  overview: Overview;
  vendors: readonly Vendor[];
  record: ProcessingDetail | null;
}) {
  const { navigate } = useRoute();
  const href = useRgpdHref();
  const space = useRgpdSpace();
  const orgInput = useOrgInput();
  const utils = trpc.useUtils();
  const [draft, setDraft] = useState<Draft>(() =>
    record ? draftOf(record.content, overview.inventory) : emptyDraft(),
  );
  const create = trpc.rgpd.processing.create.useMutation();
  const update = trpc.rgpd.processing.update.useMutation();
  const createForm = useSchemaForm(createProcessingInput, create);
  const updateForm = useSchemaForm(updateProcessingInput, update);
  const form = record ? updateForm : createForm;
  const pending = create.isPending || update.isPending;

  function submit() {
    const content = contentOf(draft);
    if (record) {
      const checked = updateForm.check({
        processingId: record.id,
        revision: record.revision,
        content,
      });
      if (!checked) return;
      update.mutate(checked, {
        async onSuccess() {
          await utils.rgpd.processing.invalidate();
          navigate(href("/rgpd/traitements/traitement", { id: record.id }), {
            state: { notice: t.updated },
          });
        },
      });
      return;
    }
    const checked = createForm.check({ ...orgInput, content });
    if (!checked) return;
    create.mutate(checked, {
      async onSuccess(created) {
        await utils.rgpd.invalidate();
        navigate(href("/rgpd/traitements/traitement", { id: created.id }), {
          state: { notice: t.created(created.number) },
        });
      },
    });
  }

  const back = record
    ? href("/rgpd/traitements/traitement", { id: record.id })
    : href("/rgpd/traitements");
  return (
    <RgpdPage
      title={record ? t.editTitle(record.content.name) : t.newTitle}
      lead={record ? undefined : t.newLead}
      back={
        record
          ? {
              to: "/rgpd/traitements/traitement",
              label: formMessages.backToRecord,
              params: { id: record.id },
            }
          : { to: "/rgpd/traitements", label: rgpdMessages.back.processings }
      }
    >
      <ProcessingForm
        draft={draft}
        set={(change) => setDraft((d) => ({ ...d, ...change }))}
        errors={form.error?.fieldErrors}
        error={form.error}
        onSubmit={submit}
        actions={{
          submit: record ? t.save : t.create,
          submitting: t.saving,
          pending,
          cancel: { label: formMessages.cancel, onCancel: () => navigate(back) },
        }}
        inventory={overview.inventory}
        vendors={vendors}
        own={overview.orgKind === "operator" || (space.side === "operator" && !space.orgId)}
      />
    </RgpdPage>
  );
}
