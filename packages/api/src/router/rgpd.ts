/**
 * RGPD registers (seed 004 section V): processing records and the DPO's opinions, shared processing,
 * vendors, breaches, requests of data subjects, end of retention, the commune's organisation, the
 * référentiel, disagreements, the processor register and the exports.
 *
 * Permissions: `rgpd.read` to read, `rgpd.manage` to keep the registers, `rgpd.opinion` to give the
 * DPO's opinion. Which side acts (the commune or the Métropole) is the services' business: it
 * follows the commune's options in its contract.
 */
import {
  acknowledgeReferenceInput,
  adoptSharedInput,
  answerRequestInput,
  assessBreachInput,
  carryOutInput,
  closeBreachInput,
  createProcessingInput,
  decideProposalInput,
  declineErasureInput,
  documentIdInput,
  endProcessingInput,
  extendRequestInput,
  giveOpinionInput,
  identityCheckInput,
  informPersonsInput,
  notifyBreachInput,
  notifyReferenceInput,
  openBreachInput,
  processingIdInput,
  publishReferenceDocumentInput,
  putInForceInput,
  raiseDisagreementInput,
  recordConsultationInput,
  recordDisagreementStepInput,
  registerRequestInput,
  requestOpinionInput,
  retentionStepInput,
  saveProcessorInput,
  saveRgpdSettingsInput,
  saveSharedProcessingInput,
  updateProcessingInput,
  uploadRgpdDocumentInput,
} from "@mutu/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { getBreach, listBreaches } from "../services/rgpd/breaches-read.ts";
import {
  assessBreach,
  closeBreach,
  informPersons,
  notifyBreach,
  openBreach,
} from "../services/rgpd/breaches.ts";
import { recordConsultation } from "../services/rgpd/consultations.ts";
import {
  listDisagreements,
  raiseDisagreement,
  recordDisagreementStep,
} from "../services/rgpd/disagreements.ts";
import { downloadDocument, uploadDocument } from "../services/rgpd/documents.ts";
import { exportArchive, exportRegister } from "../services/rgpd/exports/export.ts";
import { rgpdOverview, saveSettings } from "../services/rgpd/organisation.ts";
import {
  endProcessing,
  giveOpinion,
  putInForce,
  requestOpinion,
} from "../services/rgpd/processing-lifecycle.ts";
import { getProcessing, listProcessings } from "../services/rgpd/processing-read.ts";
import { createProcessing, updateProcessing } from "../services/rgpd/processing-write.ts";
import { processorRegister } from "../services/rgpd/processor-register.ts";
import { listProcessors, saveProcessor } from "../services/rgpd/processors.ts";
import {
  acknowledgeReference,
  listReferential,
  notifyReference,
  publishReferenceDocument,
} from "../services/rgpd/referential.ts";
import { getRequest, listRequests } from "../services/rgpd/requests-read.ts";
import {
  answerRequest,
  checkIdentity,
  extendRequest,
  registerRequest,
} from "../services/rgpd/requests.ts";
import { retentionSchedule, retentionStep } from "../services/rgpd/retention.ts";
import {
  createdOutput,
  idOutput,
  optionalOrgInput,
  processingDetailOutput,
  processingSummaryOutput,
  processorsOutput,
  registerListInput,
  revisionOutput,
  sharedDetailOutput,
  sharedIdInput,
  sharedListOutput,
  sharedSavedOutput,
} from "../services/rgpd/schemas.ts";
import {
  breachDetailOutput,
  breachIdInput,
  breachListInput,
  breachListOutput,
  countOutput,
  disagreementsOutput,
  exportInput,
  fileOutput,
  overviewOutput,
  processorRegisterOutput,
  referentialOutput,
  requestDetailOutput,
  requestIdInput,
  requestListInput,
  requestListOutput,
  scheduleInput,
  scheduleOutput,
  settingsSavedOutput,
} from "../services/rgpd/schemas-registers.ts";
import {
  adoptSharedProcessing,
  decideProposal,
  getShared,
  listShared,
  saveShared,
} from "../services/rgpd/shared.ts";
import { requirePermission } from "../trpc.ts";

const read = requirePermission("rgpd.read");
const manage = requirePermission("rgpd.manage");

const processing = {
  list: read
    .input(registerListInput)
    .output(processingSummaryOutput.array())
    .query(({ ctx, input }) => listProcessings(ctx, input)),
  get: read
    .input(processingIdInput)
    .output(processingDetailOutput)
    .query(({ ctx, input }) => getProcessing(ctx, input)),
  create: manage
    .input(createProcessingInput)
    .output(createdOutput)
    .mutation(({ ctx, input }) => createProcessing(ctx, input)),
  update: manage
    .input(updateProcessingInput)
    .output(revisionOutput)
    .mutation(({ ctx, input }) => updateProcessing(ctx, input)),
  requestOpinion: manage
    .input(requestOpinionInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => requestOpinion(ctx, input)),
  giveOpinion: requirePermission("rgpd.opinion")
    .input(giveOpinionInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => giveOpinion(ctx, input)),
  putInForce: manage
    .input(putInForceInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => putInForce(ctx, input)),
  end: manage
    .input(endProcessingInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => endProcessing(ctx, input)),
} satisfies TRPCRouterRecord;

const shared = {
  list: read
    .input(optionalOrgInput)
    .output(sharedListOutput)
    .query(({ ctx, input }) => listShared(ctx, input)),
  get: read
    .input(sharedIdInput)
    .output(sharedDetailOutput)
    .query(({ ctx, input }) => getShared(ctx, input)),
  save: manage
    .input(saveSharedProcessingInput)
    .output(sharedSavedOutput)
    .mutation(({ ctx, input }) => saveShared(ctx, input)),
  adopt: manage
    .input(adoptSharedInput)
    .output(createdOutput)
    .mutation(({ ctx, input }) => adoptSharedProcessing(ctx, input)),
  decide: manage
    .input(decideProposalInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => decideProposal(ctx, input)),
} satisfies TRPCRouterRecord;

const breaches = {
  list: read
    .input(breachListInput)
    .output(breachListOutput)
    .query(({ ctx, input }) => listBreaches(ctx, input)),
  get: read
    .input(breachIdInput)
    .output(breachDetailOutput)
    .query(({ ctx, input }) => getBreach(ctx, input)),
  open: manage
    .input(openBreachInput)
    .output(createdOutput)
    .mutation(({ ctx, input }) => openBreach(ctx, input)),
  assess: manage
    .input(assessBreachInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => assessBreach(ctx, input)),
  notify: manage
    .input(notifyBreachInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => notifyBreach(ctx, input)),
  informPersons: manage
    .input(informPersonsInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => informPersons(ctx, input)),
  close: manage
    .input(closeBreachInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => closeBreach(ctx, input)),
} satisfies TRPCRouterRecord;

const requests = {
  list: read
    .input(requestListInput)
    .output(requestListOutput)
    .query(({ ctx, input }) => listRequests(ctx, input)),
  get: read
    .input(requestIdInput)
    .output(requestDetailOutput)
    .query(({ ctx, input }) => getRequest(ctx, input)),
  register: manage
    .input(registerRequestInput)
    .output(createdOutput)
    .mutation(({ ctx, input }) => registerRequest(ctx, input)),
  checkIdentity: manage
    .input(identityCheckInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => checkIdentity(ctx, input)),
  extend: manage
    .input(extendRequestInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => extendRequest(ctx, input)),
  answer: manage
    .input(answerRequestInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => answerRequest(ctx, input)),
} satisfies TRPCRouterRecord;

const retention = {
  schedule: read
    .input(scheduleInput)
    .output(scheduleOutput)
    .query(({ ctx, input }) => retentionSchedule(ctx, input)),
  inform: manage
    .input(retentionStepInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => retentionStep(ctx, "inform", input)),
  confirm: manage
    .input(retentionStepInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => retentionStep(ctx, "confirm", input)),
  decline: manage
    .input(declineErasureInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => retentionStep(ctx, "decline", input)),
  carryOut: manage
    .input(carryOutInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => retentionStep(ctx, "carry-out", input)),
} satisfies TRPCRouterRecord;

const referential = {
  list: read
    .input(optionalOrgInput)
    .output(referentialOutput)
    .query(({ ctx, input }) => listReferential(ctx, input)),
  publish: manage
    .input(publishReferenceDocumentInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => publishReferenceDocument(ctx, input)),
  notify: manage
    .input(notifyReferenceInput)
    .output(countOutput)
    .mutation(({ ctx, input }) => notifyReference(ctx, input)),
  acknowledge: manage
    .input(acknowledgeReferenceInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => acknowledgeReference(ctx, input)),
} satisfies TRPCRouterRecord;

const disagreements = {
  list: read
    .input(optionalOrgInput)
    .output(disagreementsOutput)
    .query(({ ctx, input }) => listDisagreements(ctx, input)),
  raise: manage
    .input(raiseDisagreementInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => raiseDisagreement(ctx, input)),
  recordStep: manage
    .input(recordDisagreementStepInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => recordDisagreementStep(ctx, input)),
} satisfies TRPCRouterRecord;

export const rgpdRouter = {
  overview: read
    .input(optionalOrgInput)
    .output(overviewOutput)
    .query(({ ctx, input }) => rgpdOverview(ctx, input)),
  saveSettings: manage
    .input(saveRgpdSettingsInput)
    .output(settingsSavedOutput)
    .mutation(({ ctx, input }) => saveSettings(ctx, input)),
  processing,
  shared,
  processors: {
    list: read.output(processorsOutput).query(({ ctx }) => listProcessors(ctx)),
    save: manage
      .input(saveProcessorInput)
      .output(idOutput)
      .mutation(({ ctx, input }) => saveProcessor(ctx, input)),
  },
  breaches,
  requests,
  consult: manage
    .input(recordConsultationInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => recordConsultation(ctx, input)),
  retention,
  referential,
  disagreements,
  documents: {
    upload: manage
      .input(uploadRgpdDocumentInput)
      .output(idOutput)
      .mutation(({ ctx, input }) => uploadDocument(ctx, input)),
    download: read
      .input(documentIdInput)
      .output(fileOutput)
      .query(({ ctx, input }) => downloadDocument(ctx, input)),
  },
  processorRegister: read
    .input(optionalOrgInput)
    .output(processorRegisterOutput)
    .query(({ ctx, input }) => processorRegister(ctx, input)),
  exportRegister: read
    .input(exportInput)
    .output(fileOutput)
    .query(({ ctx, input }) => exportRegister(ctx, input)),
  exportArchive: read
    .input(optionalOrgInput)
    .output(fileOutput)
    .query(({ ctx, input }) => exportArchive(ctx, input)),
} satisfies TRPCRouterRecord;
