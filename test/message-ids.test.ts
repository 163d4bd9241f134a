import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/bot/commands.js';
import { isLang, loadI18n } from '../src/i18n/index.js';
import { LOCALES_DIR, PROJECT_ROOT } from '../src/paths.js';

/**
 * Every message id the code names exists in both languages, so a missing id fails here and not
 * in front of a user. Read from the source with the TypeScript parser: the id argument of every
 * call to `t(id)`, `ctx.t(id)`, `x.t(lang, id)` and `tr(lang)(id)`; an id built from a template
 * (`units-perm-${p}`) must match at least one message by its fixed start.
 */
function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (e.name.endsWith('.ts')) yield p;
  }
}

interface Use {
  where: string;
  id?: string;
  prefix?: string;
}

function usesIn(file: string): Use[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const uses: Use[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : undefined;
      if (name === 't') {
        // t(id, args) or i18n.t(lang, id, args): the id is the first string-like argument that is no language.
        const isText = (a: ts.Expression) =>
          ts.isStringLiteral(a) || ts.isTemplateExpression(a) || ts.isNoSubstitutionTemplateLiteral(a);
        const arg = node.arguments.find((a) => isText(a) && !(ts.isStringLiteral(a) && isLang(a.text)));
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        const where = `${relative(PROJECT_ROOT, file)}:${line}`;
        if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)))
          uses.push({ where, id: arg.text });
        else if (arg && ts.isTemplateExpression(arg)) uses.push({ where, prefix: arg.head.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

describe('message ids', () => {
  const i18n = loadI18n(LOCALES_DIR);
  const uses = [...sources(join(PROJECT_ROOT, 'src'))].flatMap(usesIn);

  it('finds the ids the code uses (the scan itself works)', () => {
    expect(uses.filter((u) => u.id).length).toBeGreaterThan(100);
    expect(uses.some((u) => u.prefix === 'units-perm-')).toBe(true);
  });

  it('names only ids that exist in Vietnamese and in English', () => {
    for (const lang of ['vi', 'en'] as const) {
      const missing = uses
        .filter((u) => u.id !== undefined && !i18n.has(lang, u.id))
        .map((u) => `${u.where} ${u.id}`);
      expect(missing, lang).toEqual([]);
    }
  });

  it('builds ids only from prefixes that some message has', () => {
    for (const lang of ['vi', 'en'] as const) {
      const ids = i18n.ids(lang);
      const dangling = uses
        .filter(
          (u) =>
            u.prefix !== undefined && u.prefix !== '' && !ids.some((id) => id.startsWith(u.prefix as string)),
        )
        .map((u) => `${u.where} ${u.prefix}…`);
      expect(dangling, lang).toEqual([]);
    }
  });

  it('describes every command of the registry in both languages', () => {
    for (const lang of ['vi', 'en'] as const)
      expect(
        COMMANDS.filter((c) => !i18n.has(lang, c.describe)).map((c) => c.describe),
        lang,
      ).toEqual([]);
  });
});
