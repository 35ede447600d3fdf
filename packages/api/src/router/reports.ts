/**
 * Annual evaluation reports (000 art. 5): generate from the data, the Métropole's texts, the
 * commune's review, validate, send, record the council's presentation; read, list, download
 * (PDF, XLSX, ODS) and the reminders before 31 March.
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { generateReport } from "../services/reports/generate.ts";
import {
  downloadReport,
  getReport,
  listReports,
  reportReminders,
} from "../services/reports/read.ts";
import {
  reportDownloadInput,
  reportEditStepInput,
  reportFileOutput,
  reportGenerateInput,
  reportKeyInput,
  reportListInput,
  reportListOutput,
  reportOutput,
  reportPresentStepInput,
  reportRemindersOutput,
  reportReviewStepInput,
  reportStepInput,
} from "../services/reports/schemas.ts";
import {
  editReport,
  presentReport,
  reviewReport,
  sendReport,
  validateReport,
} from "../services/reports/steps.ts";
import { requirePermission } from "../trpc.ts";

const read = requirePermission("contracts.read");
const manage = requirePermission("contracts.manage");

export const reportsRouter = {
  list: read
    .input(reportListInput)
    .output(reportListOutput)
    .query(({ ctx, input }) => listReports(ctx, input)),
  get: read
    .input(reportKeyInput)
    .output(reportOutput.nullable())
    .query(({ ctx, input }) => getReport(ctx, input)),
  reminders: read.output(reportRemindersOutput).query(({ ctx }) => reportReminders(ctx)),
  download: read
    .input(reportDownloadInput)
    .output(reportFileOutput)
    .query(({ ctx, input }) => downloadReport(ctx, input)),
  generate: manage
    .input(reportGenerateInput)
    .output(reportOutput)
    .mutation(({ ctx, input }) => generateReport(ctx, input)),
  edit: manage
    .input(reportEditStepInput)
    .output(reportOutput)
    .mutation(({ ctx, input }) => editReport(ctx, input)),
  review: read
    .input(reportReviewStepInput)
    .output(reportOutput)
    .mutation(({ ctx, input }) => reviewReport(ctx, input)),
  validate: manage
    .input(reportStepInput)
    .output(reportOutput)
    .mutation(({ ctx, input }) => validateReport(ctx, input)),
  send: manage
    .input(reportStepInput)
    .output(reportOutput)
    .mutation(({ ctx, input }) => sendReport(ctx, input)),
  present: read
    .input(reportPresentStepInput)
    .output(reportOutput)
    .mutation(({ ctx, input }) => presentReport(ctx, input)),
} satisfies TRPCRouterRecord;
