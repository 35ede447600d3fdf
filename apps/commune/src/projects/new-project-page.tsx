/**
 * « Déposer une fiche projet » (/projets/nouveau): the fiche of seed 002 annex 3, heading by heading
 * with the annex's questions as hints, checked with the domain's `fileProjectInput` — the schema
 * the API parses — before it is sent.
 */
import {
  FICHE_SECTIONS,
  type FicheTextKey,
  fileProjectInput,
  PROJECT_SCOPE_LABELS,
  PROJECT_SCOPES,
  PROJECT_TYPE_LABELS,
  PROJECT_TYPES,
} from "@mutu/domain";
import {
  type FieldPlace,
  Form,
  fieldLayout,
  labelled,
  Page,
  RadioGroup,
  TextAreaField,
  TextField,
  useFields,
  useRoute,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { projectsMessages } from "./messages.ts";

const t = projectsMessages.form;

const HEADINGS = FICHE_SECTIONS.flatMap((s) => s.headings.map((h) => ({ ...h, section: s.title })));

type Values = Record<"title" | "scope" | "leadDepartment" | "projectType" | FicheTextKey, string>;

const initial = {
  title: "",
  scope: "",
  leadDepartment: "",
  projectType: "",
  ...Object.fromEntries(HEADINGS.map((h) => [h.key, ""])),
} as Values;

// The fiche's fields are checked under `fiche.` (the schema nests them), their ids the key's.
const layout = [
  ...fieldLayout("fiche", {
    title: ["title", t.projectTitle],
    scope: ["scope-0", t.scope],
    "fiche.leadDepartment": ["leadDepartment", t.leadDepartment],
    "fiche.projectType": ["projectType-0", t.projectType],
  }),
  ...fieldLayout(
    "fiche",
    Object.fromEntries(HEADINGS.map((h) => [`fiche.${h.key}`, [h.key, h.label]])) as Record<
      `fiche.${string}`,
      FieldPlace
    >,
  ),
];

export function NewProjectPage() {
  const route = useRoute();
  const utils = trpc.useUtils();
  const file = trpc.projects.file.useMutation();
  const form = useSchemaForm(fileProjectInput, file);
  const f = useFields(initial, form.error, layout);
  const v = f.values;

  function submit() {
    const { title, scope, ...fiche } = v;
    const checked = form.check({
      title,
      scope,
      fiche: Object.fromEntries(
        Object.entries(fiche).filter(([key, value]) => key !== "uncertainties" || value !== ""),
      ),
    });
    if (!checked) return;
    file.mutate(checked, {
      async onSuccess(project) {
        await utils.projects.ofOrg.invalidate();
        route.navigate(`/projets/projet?id=${project.id}`, {
          state: { notice: t.filed(project.title) },
        });
      },
    });
  }

  let section = "";
  return (
    <Page title={t.title} lead={t.lead}>
      <Form
        error={form.error}
        fields={layout}
        failed={t.failed}
        headingLevel={2}
        className="form form-wide"
        onSubmit={submit}
        actions={{
          submit: t.submit,
          submitting: t.submitting,
          pending: file.isPending,
          cancel: { label: t.cancel, onCancel: () => route.navigate("/projets") },
        }}
      >
        <TextField {...f.field("title")} required />
        <RadioGroup
          required
          options={labelled(PROJECT_SCOPES, PROJECT_SCOPE_LABELS)}
          {...f.group("scope")}
        />
        <TextField {...f.field("leadDepartment", "fiche.leadDepartment")} required />
        <RadioGroup
          required
          options={labelled(PROJECT_TYPES, PROJECT_TYPE_LABELS)}
          {...f.group("projectType", "fiche.projectType")}
        />
        {HEADINGS.map((h) => {
          const title = h.section !== section ? h.section : null;
          section = h.section;
          return (
            <div key={h.key}>
              {title ? <h2>{title}</h2> : null}
              <TextAreaField
                {...f.field(h.key, `fiche.${h.key}`)}
                hint={h.hint}
                required={h.required}
                rows={3}
              />
            </div>
          );
        })}
      </Form>
    </Page>
  );
}
