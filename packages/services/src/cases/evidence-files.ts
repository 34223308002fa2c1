// The domain checks that a step names at least one photo; here we check the
// photos named are real uploads of this house, so no step reaches a state on
// evidence that does not exist.
import { existingAttachmentIds, type SqlSession } from '@sentinel/db';
import type { TransitionEvidence } from '@sentinel/domain';
import { ServiceError } from '../errors.ts';

export function photoIdsOf(evidence: TransitionEvidence): string[] {
  const ids = [...(evidence.photoIds ?? []), ...(evidence.notices ?? []).flatMap((n) => n.photoIds)];
  return [...new Set(ids.filter((id) => id.trim() !== ''))];
}

export async function requireUploadedPhotos(tx: SqlSession, houseId: string, evidence: TransitionEvidence): Promise<void> {
  const ids = photoIdsOf(evidence);
  const found = await existingAttachmentIds(tx, houseId, ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new ServiceError('case.evidence_missing', `以下照片或视频未上传到本房屋档案：${missing.join('、')}。`, { missing });
  }
}
