/**
 * What sekr says comes from its message catalogs (src/base/messages/), one per language: both
 * have every key, and no text a person reads is written in the code outside them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/base/messages/en.js';
import { sv } from '../../src/base/messages/sv.js';
import { checks } from '../../src/base/messages/checks.sv.js';
import { cli } from '../../src/base/messages/cli.sv.js';
import { files } from '../../src/base/messages/files.sv.js';
import { meeting } from '../../src/base/messages/meeting.sv.js';
import { records } from '../../src/base/messages/records.sv.js';
import { registry } from '../../src/base/messages/registry.sv.js';
import { languageFrom, setLanguage, t } from '../../src/base/i18n.js';
import { ROOT } from '../helpers.js';

describe('the message catalogs', () => {
  it('have the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('give each key to one area only: a key in two would silently take the text of the later one', () => {
    const areas = { cli, registry, meeting, records, checks, files };
    const owners = new Map<string, string[]>();
    for (const [area, catalog] of Object.entries(areas)) for (const key of Object.keys(catalog)) owners.set(key, [...(owners.get(key) ?? []), area]);
    expect([...owners].filter(([, by]) => by.length > 1).map(([key, by]) => `${key}: ${by.join(', ')}`)).toEqual([]);
  });

  it('has no message the code never asks for', () => {
    const code = sourceFiles(join(ROOT, 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(Object.keys(sv).filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });

  it('take the same arguments in both languages', () => {
    const differ = Object.keys(sv).filter((k) => {
      const a = sv[k as keyof typeof sv] as unknown;
      const b = en[k as keyof typeof en] as unknown;
      return typeof a !== typeof b || (typeof a === 'function' && (a as () => string).length !== (b as () => string).length);
    });
    expect(differ).toEqual([]);
  });

  it('have no empty message', () => {
    for (const catalog of [sv, en]) {
      const empty = Object.entries(catalog as Record<string, unknown>).filter(([, m]) => typeof m === 'string' && !m.trim());
      expect(empty.map(([k]) => k)).toEqual([]);
    }
  });

  it('are chosen by --lang, else by the locale; Swedish unless English is asked for', () => {
    expect(languageFrom(['node', 'sekr'], {})).toBe('sv');
    expect(languageFrom(['node', 'sekr'], { LANG: 'sv_SE.UTF-8' })).toBe('sv');
    expect(languageFrom(['node', 'sekr'], { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(languageFrom(['node', 'sekr'], { LANG: 'C.UTF-8' })).toBe('sv');
    expect(languageFrom(['node', 'sekr'], { LANG: 'sv_SE.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(languageFrom(['node', 'sekr', '--lang', 'en'], { LANG: 'sv_SE.UTF-8' })).toBe('en');
    expect(languageFrom(['node', 'sekr', '--lang=sv'], { LANG: 'en_US.UTF-8' })).toBe('sv');
    setLanguage('sv');
    expect(t('main.internalError', 'x', false)).toContain('internt fel');
    setLanguage('en');
    expect(t('main.internalError', 'x', false)).toContain('internal error');
  });
});

/** The calls whose arguments a person reads: commander's help, sekr's printed lines. */
const TEXT_CALLS = new Map<string, number[]>([
  ['description', [0]],
  ['summary', [0]],
  ['option', [1]],
  ['requiredOption', [1]],
  ['argument', [1]],
  ['addHelpText', [1]],
  ['helpOption', [1]],
  ['showHelpAfterError', [0]],
  ['out', [0, 1, 2, 3]],
  ['info', [0, 1, 2, 3]],
  ['say', [0]],
]);
/** Functions called by name whose arguments a person reads: a located problem (path, message, hint), styled spans. */
const TEXT_FUNCTIONS = new Map<string, number[]>([
  ['report', [1, 2]],
  ['say', [0]],
  ['ok', [0]],
  ['bad', [0]],
  ['warn', [0]],
  ['dim', [0]],
  ['bold', [0]],
]);
/** The properties whose value a person reads: a problem's message and hint, a prompt's message. */
const TEXT_PROPERTIES = new Set(['message', 'hint', 'noun', 'default', 'description', 'name']);

/** Words: two of three letters or more, the way a sentence has them (not a flag, a path or a key). */
const WORDS = /[A-Za-zÅÄÖåäöÉé]{3,}[\s,:;.!?–-]+[A-Za-zÅÄÖåäöÉé]{2,}/;

function staticText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … ');
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [staticText(node.left), staticText(node.right)].filter(Boolean).join(' ') || undefined;
  }
  if (ts.isConditionalExpression(node)) return [staticText(node.whenTrue), staticText(node.whenFalse)].filter(Boolean).join(' | ') || undefined;
  if (ts.isParenthesizedExpression(node)) return staticText(node.expression);
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('base/messages/') && !f.startsWith(join('base', 'messages')))
    .map((f) => join(dir, f));
}

/** Each text a person would read that is written in the code, as file:line and the text. */
function textOutsideCatalogs(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const code = readFileSync(file, 'utf8');
    const lines = code.split('\n');
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
    const report = (node: ts.Node) => {
      const text = staticText(node);
      if (text === undefined || !WORDS.test(text)) return;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      // Words of the documents themselves (in the organisation's language) are marked so where they stand.
      if (lines.slice(Math.max(0, line - 2), line + 1).some((l) => l.includes('not translated:'))) return;
      found.push(`${relative(ROOT, file)}:${line + 1}  ${text.slice(0, 80)}`);
    };
    const visit = (node: ts.Node) => {
      if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText()) && node.arguments?.[0]) report(node.arguments[0]);
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
        const positions = name === undefined ? undefined : ts.isPropertyAccessExpression(callee) ? TEXT_CALLS.get(name) : TEXT_FUNCTIONS.get(name);
        for (const i of positions ?? []) if (node.arguments[i]) report(node.arguments[i]);
      }
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && TEXT_PROPERTIES.has(node.name.text)) report(node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('text a person reads', () => {
  it('lives in the message catalogs, not in the code', () => {
    expect(textOutsideCatalogs()).toEqual([]);
  });
});
