/**
 * One commune's annual report, for the Métropole: generate it from the data (or again, while it is
 * a draft), write its appreciation, explain each gap and set the action plan, then — once the
 * commune has reviewed it — validate and send it. Each step is the domain's to allow.
 */
import {
  Alert,
  Button,
  Loaded,
  Page,
  Section,
  toFormError,
  useConfirmation,
  useRoute,
} from "@mutu/ui";
import { trpc } from "@mutu/web";
import { type Report, ReportDownloads, ReportSummary } from "@mutu/web/reports";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { ReportEditForm } from "./edit-form.tsx";
import { reportsMessages } from "./messages.ts";

const t = reportsMessages.page;

function Steps({ report, onDone }: { report: Report; onDone(message: string): void }) {
  const utils = trpc.useUtils();
  const key = { orgId: report.orgId, year: report.year, version: report.version };
  const done = (message: string) => ({
    onSuccess(result: Report) {
      utils.reports.get.setData({ orgId: report.orgId, year: report.year }, result);
      void utils.reports.list.invalidate();
      onDone(message);
    },
  });
  const validate = trpc.reports.validate.useMutation();
  const send = trpc.reports.send.useMutation();
  const generate = trpc.reports.generate.useMutation();
  const failure = validate.error ?? send.error ?? generate.error;
  return (
    <Section id="rapport-etapes" title={t.stepsTitle}>
      {report.status === "draft" ? <p>{t.awaitingReview}</p> : null}
      {report.status === "sent" || report.status === "presented" ? <p>{t.sentNote}</p> : null}
      <div className="actions">
        {report.allowed.includes("edit") ? (
          <Button
            variant="secondary"
            busy={generate.isPending}
            busyLabel={t.generating}
            onClick={() => generate.mutate(key, done(t.generated))}
          >
            {t.regenerate}
          </Button>
        ) : null}
        {report.allowed.includes("validate") ? (
          <Button
            busy={validate.isPending}
            busyLabel={t.validating}
            onClick={() => validate.mutate(key, done(t.validated))}
          >
            {t.validate}
          </Button>
        ) : null}
        {report.allowed.includes("send") ? (
          <Button
            busy={send.isPending}
            busyLabel={t.sending}
            onClick={() => send.mutate(key, done(t.sent))}
          >
            {t.send}
          </Button>
        ) : null}
      </div>
      {failure ? <Alert>{toFormError(failure).message}</Alert> : null}
    </Section>
  );
}

export function ReportPage() {
  const { search } = useRoute();
  const orgId = search.get("commune") ?? "";
  const year = Number(search.get("annee")) || 0;
  const orgs = useOrganisations();
  const name = orgs.list.find((o) => o.id === orgId)?.name ?? "";
  const report = trpc.reports.get.useQuery({ orgId, year }, { enabled: Boolean(orgId && year) });
  const utils = trpc.useUtils();
  const generate = trpc.reports.generate.useMutation();
  // Each confirmation shows under what was done: the steps' above the report, the save's under
  // its form. Once saved, the form is drawn anew from the saved report (and a step done takes its
  // button away): the confirmation then takes the focus rather than the top of the page.
  const steps = useConfirmation();
  const saved = useConfirmation();
  const stepDone = (message: string) => {
    saved.clear();
    steps.show(message);
  };
  const savedDone = (message: string) => {
    steps.clear();
    saved.show(message);
  };
  return (
    <Page title={t.title(name, year)} back={{ to: `/rapports?annee=${year}`, label: t.back }}>
      <Loaded query={report} loadingLabel={t.loading}>
        {(r) =>
          r ? (
            <>
              <Steps report={r} onDone={stepDone} />
              {steps.node}
              <ReportSummary report={r} />
              {r.allowed.includes("edit") ? (
                <Section id="rapport-edition" title={t.editTitle}>
                  <ReportEditForm key={r.version} report={r} onDone={savedDone} />
                  {saved.node}
                </Section>
              ) : null}
              <ReportDownloads report={r} orgId={r.orgId} />
            </>
          ) : (
            <>
              <p>{t.missing}</p>
              <Button
                busy={generate.isPending}
                busyLabel={t.generating}
                onClick={() =>
                  generate.mutate(
                    { orgId, year },
                    {
                      onSuccess(result) {
                        utils.reports.get.setData({ orgId, year }, result);
                        void utils.reports.list.invalidate();
                        stepDone(t.generated);
                      },
                    },
                  )
                }
              >
                {t.generate}
              </Button>
              {generate.error ? <Alert>{toFormError(generate.error).message}</Alert> : null}
            </>
          )
        }
      </Loaded>
    </Page>
  );
}
