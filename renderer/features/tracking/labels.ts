import type { DeadlineKind } from '../../../core/tracking/derive-deadlines';
import type { EventType, PropertyKind } from '../../../core/tracking/event-types';
import type { CostKind, RecoveryKind } from '../../../core/tracking/recovery';
import type { TrackingStage } from '../../../core/tracking/stages';
import type { TextKey } from '../../i18n/zh-CN';

/** Text keys of the tracking enums (the renderer imports only types from core, so the lists are repeated here and checked by `satisfies`). */

/** A stage's label key. */
export const stageKey = (stage: TrackingStage): TextKey => `stage.${stage}` satisfies TextKey;
/** An event type's label key. */
export const eventKey = (type: EventType): TextKey => `event.${type}` satisfies TextKey;

/** Every stage in lifecycle order, for filters. */
export const stageList = [
  'draft', 'ready', 'filed', 'accepted', 'hearing', 'judgment', 'mediation', 'settlement', 'withdrawal', 'served', 'appealed',
  'effective', 'enforcement-applied', 'enforcement-accepted', 'enforcement-suspended', 'recovered', 'closed',
] as const satisfies readonly TrackingStage[];

/** Property kinds with their label keys. */
export const propertyKindList = ['deposit', 'movable', 'immovable', 'other-right'] as const satisfies readonly PropertyKind[];
/** Recovery entry kinds. */
export const recoveryKindList = ['payment', 'distribution', 'cost'] as const satisfies readonly RecoveryKind[];
/** Cost kinds. */
export const costKindList = ['acceptance-fee', 'preservation-fee', 'enforcement-fee', 'announcement-fee', 'lawyer-fee', 'other'] as const satisfies readonly CostKind[];

/** Deadline kinds whose date the bank must meet (for row styling). */
export const actionKinds: readonly DeadlineKind[] = ['limitation', 'appeal', 'enforcement-application', 'installment', 'freeze-renewal'];

/** Reads a file picked in an <input type="file"> as base64, for an attachment. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
