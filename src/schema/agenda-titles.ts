/** templates/agenda.yaml: the titles of the standing agenda items. */
import * as z from 'zod/mini';
import { Text } from './common.js';

export const AgendaTitles = z.strictObject({
  protokoll: z.strictObject({ opening: Text, adjuster: Text, previous: Text, closing: Text }),
  mötesanteckning: z.strictObject({ opening: Text, previous: Text, closing: Text }),
  sinceLast: Text,
  activities: Text,
  other: Text,
});
