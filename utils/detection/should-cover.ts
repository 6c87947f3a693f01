import { SENSITIVITIES, type Sensitivity, type Verdict } from './detection-types';

/** Whether a verdict means "cover" at the reader's chosen sensitivity. */
export function shouldCover(verdict: Verdict, sensitivity: Sensitivity): boolean {
  if (verdict.coverAt === null) return false;
  return SENSITIVITIES.indexOf(verdict.coverAt) <= SENSITIVITIES.indexOf(sensitivity);
}
