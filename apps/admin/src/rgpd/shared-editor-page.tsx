/**
 * Defining a shared processing, or publishing a new version of one (/rgpd/traitements-partages/
 * traitement?id=): the same form as a commune's record, a note of what changed, and who adopted
 * which version and where they depart from it. A new version reaches each adopter as a proposal.
 */
import { saveSharedProcessingInput } from "@mutu/domain";
import {
  type Column,
  DataTable,
  formActions,
  Loaded,
  Section,
  Status,
  TextAreaField,
  fieldError,
  useNotice,
  useRoute,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import {
  contentOf,
  type Draft,
  draftOf,
  emptyDraft,
  ProcessingForm,
  RgpdLink,
  RgpdPage,
  rgpdMessages,
  type SharedDetail,
} from "@mutu/web/rgpd";
import { useState } from "react";
import { rgpdAdminMessages } from "./messages.ts";
import { AdminRgpd } from "./space.tsx";

const t = rgpdAdminMessages.shared;

type Shared = SharedDetail;
type Adopter = Shared["adopters"][number];

function Editor({
  shared,
  vendors,
}: {
  shared: Shared | null;
  vendors: readonly { id: string; name: string }[];
}) {
  const { navigate } = useRoute();
  const utils = trpc.useUtils();
  const save = trpc.rgpd.shared.save.useMutation();
  const form = useSchemaForm(saveSharedProcessingInput, save);
  const [draft, setDraft] = useState<Draft>(() =>
    shared
      ? draftOf(shared.content, [])
      : { ...emptyDraft(), path: "project", metropoleDefinedPurposesAndMeans: true },
  );
  const [changeNote, setChangeNote] = useState("");
  const passed = useNotice();
  const [notice, setNotice] = useState(passed ?? "");
  const adopterColumns: Column<Adopter>[] = [
    { key: "commune", header: t.commune, rowHeader: true, cell: (a) => a.orgName },
    {
      key: "record",
      header: t.record,
      cell: (a) => (
        <RgpdLink
          to="/rgpd/traitements/traitement"
          params={{ id: a.processingId, commune: a.orgId }}
        >{`N° ${a.number}`}</RgpdLink>
      ),
    },
    { key: "version", header: t.adoptedVersion, numeric: true, cell: (a) => a.version ?? "" },
    {
      key: "divergences",
      header: t.divergences,
      cell: (a) => (a.divergences.length ? a.divergences.join(", ") : t.noDivergence),
    },
  ];
  return (
    <RgpdPage
      title={shared ? t.editTitle(shared.name) : t.newTitle}
      lead={t.lead}
      back={{ to: "/rgpd/traitements-partages", label: rgpdMessages.sections.shared }}
    >
      <Status>{notice}</Status>
      {shared ? (
        <Section id="adoptants" title={t.adopters}>
          <DataTable
            layout="cards"
            caption={t.adoptersCaption(shared.adopters.length)}
            columns={adopterColumns}
            rows={shared.adopters}
            rowKey={(a) => a.processingId}
            empty={t.noAdopter}
          />
          <h3>{t.versions}</h3>
          <ul>
            {shared.versions.map((v) => (
              <li key={v.version}>{t.versionLine(v.version, v.publishedBy, v.changeNote)}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      <ProcessingForm
        draft={draft}
        set={(change) => setDraft((d) => ({ ...d, ...change }))}
        errors={form.error?.fieldErrors}
        error={form.error}
        onSubmit={() => {
          const checked = form.check({
            ...(shared ? { sharedId: shared.id, version: shared.version } : {}),
            content: contentOf(draft),
            changeNote,
          });
          if (!checked) return;
          save.mutate(checked, {
            async onSuccess(saved) {
              await utils.rgpd.shared.invalidate();
              if (!shared)
                navigate(`/rgpd/traitements-partages/traitement?id=${saved.id}`, {
                  state: { notice: t.created },
                });
              else setNotice(t.published(saved.version, saved.proposals));
            },
          });
        }}
        actions={formActions(
          { submit: shared ? t.publish : t.create, submitting: t.saving },
          save.isPending,
        )}
        inventory={[]}
        vendors={vendors}
        own={false}
        extra={
          <TextAreaField
            id="partage-changement"
            label={t.changeNote}
            rows={3}
            value={changeNote}
            onChange={(e) => setChangeNote(e.currentTarget.value)}
            error={fieldError(form.error?.fieldErrors, "changeNote")}
          />
        }
      />
    </RgpdPage>
  );
}

export function SharedEditorPage() {
  const id = useRoute().search.get("id") ?? "";
  const shared = trpc.rgpd.shared.get.useQuery({ sharedId: id }, { enabled: id !== "" });
  const vendors = trpc.rgpd.processors.list.useQuery();
  const ready = vendors.data && (id === "" || shared.data);
  return (
    <AdminRgpd picker={false}>
      <Loaded
        query={{ data: ready ? true : undefined, error: vendors.error ?? shared.error }}
        loadingLabel={rgpdMessages.loading}
      >
        {() =>
          vendors.data ? (
            <Editor key={id} shared={id ? (shared.data ?? null) : null} vendors={vendors.data} />
          ) : null
        }
      </Loaded>
    </AdminRgpd>
  );
}
