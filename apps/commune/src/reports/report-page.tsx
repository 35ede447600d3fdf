/**
 * One annual report, for the commune: read it and download it; while it is a draft, give the
 * commune's appreciation (the review); once sent, record its presentation to the council.
 */
import { parisToday, reportPresentationInput, reportReviewInput } from "@mutu/domain";
import {
  DayField,
  Form,
  fieldLayout,
  Loaded,
  Page,
  Section,
  Status,
  TextAreaField,
  useFields,
  useRoute,
} from "@mutu/ui";
import { trpc, useSchemaForm } from "@mutu/web";
import { type Report, ReportDownloads, ReportSummary } from "@mutu/web/reports";
import { useState } from "react";
import { reportsMessages } from "./messages.ts";

const t = reportsMessages.page;

const reviewLayout = fieldLayout("relecture", {
  communeComment: ["appreciation", t.communeComment],
});
const presentLayout = fieldLayout("conseil", { councilDate: ["date", t.councilDate] });

function ReviewForm({ report, onDone }: { report: Report; onDone(message: string): void }) {
  const utils = trpc.useUtils();
  const review = trpc.reports.review.useMutation();
  const form = useSchemaForm(reportReviewInput, review);
  const f = useFields({ communeComment: report.communeComment }, form.error, reviewLayout);
  return (
    <Form
      error={form.error}
      fields={reviewLayout}
      failed={t.reviewFailed}
      onSubmit={() => {
        if (!form.check(f.values)) return;
        review.mutate(
          { year: report.year, version: report.version, ...f.values },
          {
            onSuccess(result) {
              utils.reports.get.setData({ year: report.year }, result);
              onDone(t.reviewed);
            },
          },
        );
      }}
      actions={{ submit: t.review, submitting: t.reviewing, pending: review.isPending }}
    >
      <TextAreaField {...f.field("communeComment")} required />
    </Form>
  );
}

function PresentForm({ report, onDone }: { report: Report; onDone(message: string): void }) {
  const utils = trpc.useUtils();
  const present = trpc.reports.present.useMutation();
  const form = useSchemaForm(reportPresentationInput, present);
  const f = useFields({ councilDate: parisToday() }, form.error, presentLayout);
  return (
    <Form
      error={form.error}
      fields={presentLayout}
      failed={t.presentFailed}
      onSubmit={() => {
        if (!form.check(f.values)) return;
        present.mutate(
          { year: report.year, version: report.version, ...f.values },
          {
            onSuccess(result) {
              utils.reports.get.setData({ year: report.year }, result);
              onDone(t.presented);
            },
          },
        );
      }}
      actions={{ submit: t.present, submitting: t.presenting, pending: present.isPending }}
    >
      <DayField {...f.field("councilDate")} required />
    </Form>
  );
}

export function ReportPage() {
  const { search } = useRoute();
  const year = Number(search.get("annee")) || 0;
  const report = trpc.reports.get.useQuery({ year }, { enabled: year > 0 });
  const [status, setStatus] = useState<string | null>(null);
  return (
    <Page title={t.title(year)} back={{ to: "/rapports", label: t.back }}>
      <Loaded query={report} loadingLabel={t.loading}>
        {(r) =>
          r ? (
            <>
              {r.allowed.includes("review") ? (
                <Section id="rapport-relecture" title={t.reviewTitle} lead={t.reviewLead}>
                  <ReviewForm key={r.version} report={r} onDone={setStatus} />
                </Section>
              ) : null}
              {r.allowed.includes("present") ? (
                <Section id="rapport-conseil" title={t.presentTitle} lead={t.presentLead}>
                  <PresentForm key={r.version} report={r} onDone={setStatus} />
                </Section>
              ) : null}
              <ReportSummary report={r} />
              <ReportDownloads report={r} />
            </>
          ) : (
            <p>{t.missing}</p>
          )
        }
      </Loaded>
      <Status>{status}</Status>
    </Page>
  );
}
