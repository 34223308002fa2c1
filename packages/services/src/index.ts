export * from './import/index.ts';
export * from './context.ts';
export * from './errors.ts';
export * from './auth/permissions.ts';
export { recordAudit, type AuditEntry } from './audit.ts';
export * from './users/current-user.ts';
export {
  createUser, newProfileProblem, newUserProblem, validateNewUser, type CreateUserInput, type NewUserField, type NewUserProblem,
} from './users/create-user.ts';
export { createUserFromConsole, resetPasswordFromConsole } from './users/console-accounts.ts';
export { listUsers } from './users/list-users.ts';
export { changeOwnPassword, type ChangeOwnPasswordInput, type PasswordChangeResult } from './users/change-password.ts';
export { deactivateUser, reactivateUser, resetUserPassword, type ResetPasswordInput } from './users/manage-account.ts';
export * from './users/sessions.ts';
export { DEFAULT_THROTTLE_POLICIES, LoginThrottle, delayAfter, loginThrottleOf, type ThrottlePolicy } from './users/login-throttle.ts';
export { seedDemoUsers, DEMO_PASSWORD, type DemoCredential } from './users/seed-demo-users.ts';
export { committeeUnitName } from './users/unit-names.ts';
export { MIN_PASSWORD_LENGTH, passwordProblem } from './users/password.ts';
export { openCaseFromAlert, type OpenFromAlertInput } from './intake/open-from-alert.ts';
export type { AlertFacts, IntakeOutcome, ReportFacts } from './intake/open-or-attach.ts';
export { receiveReport, type ReceiveReportInput, type ReceiveReportResult, type ReceiveReportStatus } from './intake/receive-report.ts';
export { listUnmatched, matchQueuedReport, type QueuedReportView } from './intake/queue.ts';
export { transitionCase, type TransitionCaseInput, type TransitionCaseResult } from './cases/transition-case.ts';
export { getCase, type AttachedReportView } from './cases/get-case.ts';
export { listCases, type ListCasesInput } from './cases/list-cases.ts';
export type { CaseView, DeadlineView, TimelineEntry } from './cases/case-view.ts';
export { getHouseholdFile, type HouseholdFile, type InspectionEntry, type NoticeEntry, type AlertHistoryEntry, type HouseLabelView, type AttachmentEntry } from './household/get-household-file.ts';
export { addParty, revealParties, type AddPartyInput } from './household/parties.ts';
export { maskName, maskPhone, type PartyView } from './household/masking.ts';
export { whistlePrecision, verificationLabels, type PrecisionMonth } from './whistle/precision.ts';
export { enqueueOutboxEvent, OUTBOX_EVENT_TYPES, type OutboxEventType } from './outbox/enqueue.ts';
export { deliverOutbox, startOutboxWorker, backoffMs, type WebhookTarget, type DeliveryReport } from './outbox/deliver.ts';
export { signPayload, verifySignature, REPLAY_WINDOW_SECONDS, type SignatureCheck } from './outbox/signature.ts';
export { listOutboxEvents, retryOutboxEvent, type OutboxEventView, type OutboxList } from './outbox/admin.ts';
export { notifyNewRedAlerts } from './outbox/red-alerts.ts';
export { storeAttachment, storeAttachmentStream, contentPath, type AttachmentStorage, type StoreAttachmentInput, type StoreAttachmentLimits, type StoredAttachment, type UploadSource } from './attachments/store-attachment.ts';
export { readAttachment, ATTACHMENT_VIEW_ACTION, type ReadAttachmentInput, type AttachmentContent } from './attachments/read-attachment.ts';
export { sniffType, maxBytesFor, ATTACHMENT_TYPES, type AttachmentType } from './attachments/sniff.ts';
export { rolePermissionTable } from './auth/roles-table.ts';
export { listAuditEntries, exportAuditEntries, MAX_AUDIT_EXPORT_ROWS, type AuditEntryView, type AuditQueryInput } from './users/list-audit.ts';
export { takeInImportedComplaints, type TakeInSummary } from './intake/take-in-complaints.ts';
export {
  listHouses, getHouse, getHouseAccess, houseConsumption, shortCredential, HOUSE_ACCESS_DEFAULT_DAYS, HOUSE_ACCESS_MAX_DAYS,
  type ListHousesInput, type HouseAccessInput, type HouseAccessView, type RecentAccess, type CredentialView,
} from './houses/index.ts';
export { importStatus, listImportBatches, getImportBatch, listRejectedRows } from './imports/index.ts';
export { runDetection, runDetectionAsSystem, runSubdistrictDetection, type RunDetectionInput, type RunDetectionResult, type RunTopAlert, type SubdistrictDetectionInput } from './whistle/run-detection.ts';
export { loadDetectionInputFromDb, type DbDetectionInput, type DbInputOptions } from './whistle/load-input.ts';
export { listAlerts, listRuns, houseAlertHistory, type ListAlertsInput, type AlertList } from './whistle/alerts.ts';
export { exportAlerts } from './whistle/export-alerts.ts';
export * from './map/index.ts';
export { systemContext, SYSTEM_ACTOR } from './whistle/system-context.ts';
export {
  getDocumentTemplate, listDocumentTemplates, resetDocumentTemplate, saveDocumentTemplate, documentKindOf, type TemplateField, type TemplateView,
} from './documents/templates.ts';
export {
  issueCaseDocument, downloadCaseDocument, listCaseDocuments, documentPrefix, DOCUMENT_FORMATS, FORMAT_MIME,
  type DocumentFormat, type CaseDocument, type GeneratedFile, type IssuedDocumentView,
} from './documents/case-document.ts';
export { listDocumentIssuers, saveDocumentIssuer, issuerOf, type DocumentIssuerSetting } from './documents/document-issuers.ts';
export { getBulletin, exportBulletin, issueBulletin, parsePeriod, BULLETIN_FORMATS, type BulletinFormat, type BulletinQuery, type BulletinResult } from './documents/bulletin.ts';
export { getAssessment, tasksOfCase, type AssessmentReport } from './documents/assessment.ts';
export { exportCases, exportHouses, exportRejectedRows, MAX_EXPORT_ROWS } from './documents/list-exports.ts';
export * from './clock/index.ts';
export { seedDemoCases } from './cases/seed-demo-cases.ts';
export {
  loadWorkingCalendar, calendarFor, clearCalendarDay, getCalendarYear, listCalendarOverrides, setCalendarDay, setCalendarYear, type CalendarOverridesView,
} from './calendar/index.ts';
export * from './cooperation/index.ts';
export * from './retention/index.ts';
export { defaultAttachmentsDir } from './attachments/storage-dir.ts';
export * from './feeds/index.ts';
export * from './jobs/index.ts';
export { importOneFile } from './import/import-one-file.ts';
export { listTodo, TODO_HORIZON_WORKING_DAYS } from './todo/list-todo.ts';
export { stepsAwaiting, watchesDeadline, deadlineBucket, type TodoActor } from './todo/todo-rules.ts';
export * from './directory/index.ts';
export * from './survey/index.ts';
export * from './referral/index.ts';
export * from './rental-parties/index.ts';
export * from './patrol/index.ts';
export { seedDemoWork } from './seed-demo-work.ts';
