// Sends queued inspection steps to the server, oldest first: photos, then
// the step with their ids. A network failure stops the run and keeps the
// rest for later; a refusal by the server (the case moved on, evidence
// missing) is kept with its message for the inspector to see.
import { ApiError, NETWORK_ERROR } from '../app/request.ts';
import { describeError } from '../app/error-handler.ts';
import { transitionCase, uploadPhoto } from '../pages/cases/service.ts';
import { deleteStep, listSteps, putStep, type QueuedStep } from './outbox.ts';

export interface SyncReport {
  sent: number;
  failed: number;
  /** Still waiting for the network. */
  pending: number;
}

const isNetwork = (err: unknown) => err instanceof ApiError && err.code === NETWORK_ERROR;

async function sendOne(step: QueuedStep): Promise<void> {
  for (let i = step.uploadedIds.length; i < step.photos.length; i++) {
    const photo = step.photos[i];
    const stored = await uploadPhoto(step.houseId, photo.blob, photo.name, step.caseId);
    step.uploadedIds.push(stored.id);
    await putStep(step);
  }
  await transitionCase(step.caseId, step.action, { ...step.evidence, photoIds: step.uploadedIds.length > 0 ? step.uploadedIds : undefined });
  await deleteStep(step.id);
}

let running: Promise<SyncReport> | null = null;

/** One sync run at a time; concurrent callers share it. */
export function syncOutbox(): Promise<SyncReport> {
  running ??= (async () => {
    const steps = (await listSteps()).filter((s) => s.error === null);
    let sent = 0;
    let failed = 0;
    for (let i = 0; i < steps.length; i++) {
      try {
        await sendOne(steps[i]);
        sent++;
      } catch (err) {
        if (isNetwork(err)) return { sent, failed, pending: steps.length - i };
        await putStep({ ...steps[i], error: describeError(err).detail });
        failed++;
      }
    }
    return { sent, failed, pending: 0 };
  })().finally(() => { running = null; });
  return running;
}
