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
  Form,
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

const summaryFields = [
  { name: "title", id: "fiche-title", label: t.projectTitle },
  { name: "scope", id: "fiche-scope-0", label: t.scope },
  { name: "fiche.leadDepartment", id: "fiche-leadDepartment", label: t.leadDepartment },
  { name: "fiche.projectType", id: "fiche-projectType-0", label: t.projectType },
  ...HEADINGS.map((h) => ({ name: `fiche.${h.key}`, id: `fiche-${h.key}`, label: h.label })),
];

export function NewProjectPage() {
  const route = useRoute();
  const utils = trpc.useUtils();
  const file = trpc.projects.file.useMutation();
  const form = useSchemaForm(fileProjectInput, file);
  const f = useFields(initial, form.error);
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
        fields={summaryFields}
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
        <TextField id="fiche-title" label={t.projectTitle} required {...f.text("title")} />
        <RadioGroup
          id="fiche-scope"
          legend={t.scope}
          required
          options={labelled(PROJECT_SCOPES, PROJECT_SCOPE_LABELS)}
          {...f.choice("scope")}
        />
        <TextField
          id="fiche-leadDepartment"
          label={t.leadDepartment}
          required
          {...f.text("leadDepartment", "fiche.leadDepartment")}
        />
        <RadioGroup
          id="fiche-projectType"
          legend={t.projectType}
          required
          options={labelled(PROJECT_TYPES, PROJECT_TYPE_LABELS)}
          value={v.projectType}
          onChange={(value) => f.set({ projectType: value as string })}
          error={form.error?.fieldErrors?.["fiche.projectType"]}
        />
        {HEADINGS.map((h) => {
          const title = h.section !== section ? h.section : null;
          section = h.section;
          return (
            <div key={h.key}>
              {title ? <h2>{title}</h2> : null}
              <TextAreaField
                id={`fiche-${h.key}`}
                label={h.label}
                hint={h.hint}
                required={h.required}
                rows={3}
                {...f.text(h.key, `fiche.${h.key}`)}
              />
            </div>
          );
        })}
      </Form>
    </Page>
  );
}
