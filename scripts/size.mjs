// `npm run size`: the length of every function and file under src/, read with the TypeScript
// compiler's own parser. Prints the longest functions and every file or function over the
// limits, and exits 1 when there is one. Limits: --max-fn (default 80), --max-file (450) lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const maxFn = option('--max-fn', 80);
const maxFile = option('--max-file', 450);
const root = process.cwd();

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** The name a reader would look for: the declaration's own, or the variable or property it is assigned to. */
function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)))
    return parent.name.getText();
  if (parent && ts.isCallExpression(parent)) return `callback of ${parent.expression.getText().slice(0, 40)}`;
  return '(anonymous)';
}

const functions = [];
const files = [];
for (const path of sources(join(root, 'src'))) {
  const text = readFileSync(path, 'utf8');
  const where = relative(root, path);
  files.push({ where, lines: text.split('\n').length });
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      functions.push({ lines: last - first + 1, where: `${where}:${first + 1}`, name: nameOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

functions.sort((a, b) => b.lines - a.lines);
const longFns = functions.filter((f) => f.lines > maxFn);
const bigFiles = files.filter((f) => f.lines > maxFile).sort((a, b) => b.lines - a.lines);
for (const f of functions.slice(0, 5)) console.log(`function ${f.lines} ${f.where} ${f.name}`);
for (const f of longFns.slice(5)) console.log(`function ${f.lines} ${f.where} ${f.name}`);
for (const f of bigFiles) console.log(`file ${f.lines} ${f.where}`);
console.log(
  `size: ${longFns.length} functions over ${maxFn} lines, ${bigFiles.length} files over ${maxFile} lines in src/`,
);
process.exit(longFns.length > 0 || bigFiles.length > 0 ? 1 : 0);
