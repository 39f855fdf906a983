/** A seal as it is written into the meeting file: its per-field hashes on one line, each signature a line of its own. */
import { isMap, isSeq, type Document, type Node } from 'yaml';
import type { SealData } from '../schema/meeting.js';

export function sealNode(doc: Document, sealed: SealData): Node {
  const { signatures, ...rest } = sealed;
  const node = doc.createNode(signatures.length ? sealed : rest);
  if (isMap(node)) {
    const fields = node.get('fields', true);
    if (isMap(fields)) fields.flow = true;
    const list = node.get('signatures', true);
    if (isSeq(list)) for (const s of list.items) if (isMap(s)) s.flow = true;
  }
  return node as Node;
}
