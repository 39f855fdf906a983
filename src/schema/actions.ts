/**
 * data/actions/<group>.yaml: the follow-up of a group's action points. A meeting's record is sealed
 * once adjusted or approved, but its action points are done later: that is written here, apart.
 */
import * as z from 'zod/mini';
import { ActionId, IsoDate, Text } from './common.js';

const Done = z.strictObject({
  id: ActionId,
  /** The meeting that decided it, for a reader of this file. */
  meeting: IsoDate,
  /** The day it was done. */
  date: IsoDate,
  comment: z.optional(Text),
});

export const ActionsFollowUp = z.strictObject({
  done: z._default(z.array(Done), []),
});

export type DoneData = z.output<typeof Done>;
