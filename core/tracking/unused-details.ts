/**
 * Details an event does not carry: a performance period or an award entered with, say, a service would
 * be stored and never read (decision-dates.ts reads them from the decision and the effective event), so
 * the user would believe a date counted that is not. They are refused, naming the events that take them.
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';
import { eventLabels } from './event-types';
import type { EventDetails, EventType } from './event-types';

/** The events whose dates each derived-date detail is read from (decision-dates.ts); on any other event it would be ignored. */
const detailEvents: { key: 'performanceDays' | 'award' | 'awardedAmount'; types: readonly EventType[]; label: Bilingual }[] = [
  { key: 'performanceDays', types: ['judgment', 'mediation', 'effective'], label: { zh: '履行期间', en: 'The performance period' } },
  { key: 'award', types: ['judgment', 'mediation'], label: { zh: '给付金额分项', en: 'The itemised award' } },
  { key: 'awardedAmount', types: ['judgment', 'mediation'], label: { zh: '给付金额', en: 'The amount awarded' } },
];

/** A detail the event does not carry is refused rather than stored and ignored. */
export function refuseUnusedDetails(type: EventType, details: EventDetails): void {
  for (const { key, types, label } of detailEvents) {
    if (details[key] === undefined || types.includes(type)) continue;
    const on = types.map((t) => eventLabels[t]);
    throw new DossierError('invalid-input', {
      zh: `${label.zh}只能随“${on.map((l) => l.zh).join('”“')}”登记，不能随“${eventLabels[type].zh}”登记`,
      en: `${label.en} is recorded with ${on.map((l) => `"${l.en}"`).join(' or ')}, not with "${eventLabels[type].en}"`,
    }, { field: `details.${key}` });
  }
}
