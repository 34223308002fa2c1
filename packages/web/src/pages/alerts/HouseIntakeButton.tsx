// 立案 on the house file of an alerted house (red or yellow in the latest
// run, no case open): the same confirmation as on the alert list, then the
// new case opens.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button } from 'antd';
import type { CaseState } from '@sentinel/domain';
import { useSession } from '../../app/session.tsx';
import { OPEN_STATES } from '../cases/board.ts';
import type { HouseAlertPoint } from '../house-file/service.ts';
import { useAlertIntake } from './useIntake.tsx';

export interface HouseIntakeButtonProps {
  houseId: string;
  address: string;
  latest: HouseAlertPoint | null;
  caseStates: readonly CaseState[];
}

export function HouseIntakeButton({ houseId, address, latest, caseStates }: HouseIntakeButtonProps) {
  const navigate = useNavigate();
  const { access } = useSession();
  const [busy, setBusy] = useState(false);
  const intake = useAlertIntake(latest?.runId, (_, c) => navigate(`/cases/${encodeURIComponent(c.id)}`));
  const alerted = latest !== null && latest.level !== 'green';
  if (!access.canTurnAlertIntoCase || !alerted || caseStates.some((s) => OPEN_STATES.includes(s))) return null;
  const open = async () => {
    setBusy(true);
    try {
      await intake.confirmOne({ houseId, address, score: latest.score, level: latest.level, reasons: latest.reasons });
    } finally {
      setBusy(false);
    }
  };
  return <Button type="primary" danger={latest.level === 'red'} loading={busy} onClick={() => void open()} data-testid="house-intake">立案</Button>;
}
