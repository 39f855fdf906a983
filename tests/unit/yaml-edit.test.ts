/**
 * Editing YAML through the document API while keeping the file as written
 * (src/data/yaml-edit.ts): the edited text always reads back as the edited
 * document, and what an edit did not touch is there byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parse, type Document } from 'yaml';
import { openYamlEdit } from '../../src/data/yaml-edit.js';
import { ROOT } from '../helpers.js';

const PROTOCOL = readFileSync(join(ROOT, 'data/meetings/styrgrupp-narvard/2026-02-27.yaml'), 'utf8');
const REGISTRY = readFileSync(join(ROOT, 'data/registry.yaml'), 'utf8');

const items = (doc: Document) => {
  const list = doc.get('items', true);
  if (!isSeq(list)) throw new Error('no items');
  return list;
};

const edits: [string, string, (doc: Document.Parsed) => void][] = [
  ['nothing', PROTOCOL, () => {}],
  ['a top-level value', PROTOCOL, (d) => d.set('status', 'sent')],
  ['a new top-level field', PROTOCOL, (d) => d.set('sent', '2026-03-02')],
  ['a field removed', PROTOCOL, (d) => d.delete('place')],
  ['the first field removed', PROTOCOL, (d) => d.delete('date')],
  ['an item changed deep down', PROTOCOL, (d) => d.setIn(['items', 4, 'attachments', 0], 'Inbjudan (reviderad)')],
  ['an item inserted first', PROTOCOL, (d) => items(d).items.unshift(d.createNode({ title: 'Först', body: 'a\nb\n' }))],
  ['an item inserted in the middle', PROTOCOL, (d) => items(d).items.splice(5, 0, d.createNode({ title: 'Mitt i' }))],
  ['an item appended', PROTOCOL, (d) => items(d).items.push(d.createNode({ title: 'Sist', decisions: ['x'] }))],
  ['an item removed', PROTOCOL, (d) => items(d).items.splice(3, 1)],
  ['the last item removed', PROTOCOL, (d) => items(d).items.pop()],
  ['two items swapped', PROTOCOL, (d) => items(d).items.reverse()],
  ['the attendance changed', PROTOCOL, (d) => d.setIn(['attendance', 'present', 0], 'gun-bylund')],
  [
    'a key added to a person',
    REGISTRY,
    (d) => {
      const people = d.get('people', true);
      if (isSeq(people) && isMap(people.items[2])) people.items[2].set('keys', d.createNode(['ed25519:x']));
    },
  ],
];

describe('openYamlEdit', () => {
  it.each(edits)('%s: reads back as the edited document, untouched lines kept', (_, source, change) => {
    const file = openYamlEdit(source);
    change(file.doc);
    const text = file.text();
    expect(parse(text)).toEqual(file.doc.toJS());
    // Every line of the original that the edit did not touch is still there, in order: a diff shows only the change.
    const before = source.split('\n');
    const after = text.split('\n');
    const kept = before.filter((l) => after.includes(l)).length;
    expect(before.length - kept).toBeLessThan(30);
  });

  it('changes nothing when nothing is changed, with CRLF and a BOM', () => {
    const source = `\uFEFF${PROTOCOL.replace(/\n/g, '\r\n')}`;
    expect(openYamlEdit(source).text()).toBe(source);
  });

  it('writes a flow mapping file whole, and correctly', () => {
    const file = openYamlEdit('{ date: 2026-02-27, items: [ { title: a } ] }\n');
    file.doc.set('status', 'draft');
    expect(parse(file.text())).toEqual({ date: '2026-02-27', items: [{ title: 'a' }], status: 'draft' });
  });

  it('writes a new multi-line text as a literal block, and keeps a folded one folded', () => {
    const file = openYamlEdit('a: >\n  folded\n  text\nb: x\n');
    file.doc.set('b', 'line one\nline two\n');
    expect(file.text()).toBe('a: >\n  folded\n  text\nb: |\n  line one\n  line two\n');
  });
});
