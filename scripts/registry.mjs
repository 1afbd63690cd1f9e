// `npm run registry`: builds the shadcn registry in registry/ from registry.json and the kit's own
// component sources. One source of truth: each item's files are the kit's .tsx files put through
// a transform, never a second copy kept by hand:
//   - `tk:` utilities become the host's plain shadcn classes (bg-primary, text-muted-foreground…),
//     so the copied parts paint with the host's --primary, --card, --ring, --radius;
//   - an import of another copied file becomes the shadcn alias the CLI rewrites for the host
//     (@/components/topup-kit/…, @/components/ui/topup-kit/…); the kit's `cn` becomes the host's
//     (@/lib/utils); everything else (store, hooks, formatting, messages, models) is imported
//     from the `topup-kit` npm package by its public name, so a fix to the logic reaches a host
//     through npm. A name the public entry lacks fails the build, naming the file that needs it.
// The result is checked against the CLI's own schema and against registry.json (every import
// covered by the item's files or its registryDependencies, every package declared).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = fileURLToPath(new URL('..', import.meta.url));
const publicEntry = join(root, 'src/index.ts');
const kitCn = join(root, 'src/components/ui/cn.ts');
const PACKAGE = 'topup-kit';
const NAMESPACE = '@topup-kit/';

/*
 * Kit tokens shadcn has no name for. The overlay and the text on destructive surfaces take what
 * shadcn's own dialog and button use; warning and success come as cssVars with the items that
 * paint them (see registry.json).
 */
const CLASS_RENAMES = [
  [/(^|[\s'"`:])bg-overlay(?=[\s'"`]|$)/g, '$1bg-black/50'],
  [/(^|[\s'"`:])text-destructive-foreground(?=[\s'"`]|$)/g, '$1text-white'],
];

/** `@ui/topup-kit/button.tsx` → `@/components/ui/topup-kit/button`: what the CLI maps to the host's aliases. */
function aliasOf(target) {
  const match = /^@(ui|components)\/(.+?)(\/index)?\.tsx?$/.exec(target);
  if (!match) throw new Error(`registry.json: target "${target}" must start with @ui/ or @components/`);
  return `@/components/${match[1] === 'ui' ? 'ui/' : ''}${match[2]}`;
}

function createProgram(files) {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  // No ambient types (vitest, node…): only the kit's own modules need resolving, and fast.
  return ts.createProgram([publicEntry, ...files], { ...config.options, noEmit: true, types: [] });
}

/** The public entry's names by the declaration they stand for (a renamed export keeps its public name). */
function publicNames(checker, program) {
  const entry = checker.getSymbolAtLocation(program.getSourceFile(publicEntry));
  const names = new Map();
  for (const exported of checker.getExportsOfModule(entry)) {
    const original = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!names.has(original)) names.set(original, exported.name);
  }
  return names;
}

const isRelative = (spec) => spec.startsWith('.');

/**
 * Rewrites one file's relative imports and re-exports. `copies` maps a copied source file to its
 * alias; returns the new text and what it reached (copied files, packages).
 */
function rewriteModules(sourceFile, checker, names, copies, missing) {
  const edits = [];
  const reached = new Set();
  const packages = new Set();
  const fileName = relative(root, sourceFile.fileName);
  const packageNames = [];
  let packageImportAt = '';
  for (const statement of sourceFile.statements) {
    const isImport = ts.isImportDeclaration(statement);
    if (!isImport && !ts.isExportDeclaration(statement)) continue;
    const spec = statement.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec)) continue;
    if (!isRelative(spec.text)) {
      packages.add(
        spec.text.startsWith('@') ? spec.text.split('/').slice(0, 2).join('/') : spec.text.split('/')[0],
      );
      continue;
    }
    const clause = isImport ? statement.importClause : statement;
    const bindings = isImport ? clause?.namedBindings : statement.exportClause;
    if (
      !bindings ||
      !(ts.isNamedImports(bindings) || ts.isNamedExports(bindings)) ||
      (isImport && clause.name)
    )
      throw new Error(
        `${fileName}: only named imports and exports can be rewritten ("${statement.getText()}")`,
      );
    const typeOnly = isImport ? clause.isTypeOnly : statement.isTypeOnly;
    // One statement per module the names really live in.
    const byModule = new Map();
    for (const element of bindings.elements) {
      const sourceName = (element.propertyName ?? element.name).text;
      const local = element.name.text;
      let symbol = checker.getSymbolAtLocation(element.propertyName ?? element.name);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declared = symbol?.declarations?.[0]?.getSourceFile().fileName;
      if (!declared) throw new Error(`${fileName}: cannot resolve "${sourceName}" from "${spec.text}"`);
      let module;
      let name = symbol.name;
      if (copies.has(declared)) {
        module = copies.get(declared);
        reached.add(declared);
      } else if (declared === kitCn) {
        module = '@/lib/utils';
      } else {
        module = PACKAGE;
        name = names.get(symbol);
        if (!name) {
          missing.push(`${fileName}: "${sourceName}" (from ${relative(root, declared)})`);
          continue;
        }
        packages.add(PACKAGE);
      }
      const kind = element.isTypeOnly && !typeOnly ? 'type ' : '';
      const text = name === local ? `${kind}${name}` : `${kind}${name} as ${local}`;
      if (!byModule.has(module)) byModule.set(module, []);
      byModule.get(module).push(text);
    }
    const keyword = isImport ? 'import' : 'export';
    const lines = [];
    for (const [module, list] of byModule) {
      // Every import from the package goes into one statement, where the first of them stood.
      if (isImport && module === PACKAGE) {
        packageNames.push(
          ...list.map((name) => (typeOnly && !name.startsWith('type ') ? `type ${name}` : name)),
        );
        if (!packageImportAt) {
          packageImportAt = '\0package-import\0';
          lines.push(packageImportAt);
        }
        continue;
      }
      lines.push(`${keyword} ${typeOnly ? 'type ' : ''}{ ${list.join(', ')} } from '${module}';`);
    }
    // A statement folded entirely into the package import goes with its line break.
    const end =
      statement.getEnd() + (lines.length === 0 && sourceFile.text[statement.getEnd()] === '\n' ? 1 : 0);
    edits.push([statement.getStart(sourceFile), end, lines.join('\n')]);
  }
  let text = sourceFile.getFullText();
  for (const [start, end, replacement] of edits.reverse())
    text = text.slice(0, start) + replacement + text.slice(end);
  const allTypes = packageNames.every((name) => name.startsWith('type '));
  const merged = allTypes
    ? `import type { ${packageNames.map((name) => name.slice(5)).join(', ')} } from '${PACKAGE}';`
    : `import { ${packageNames.join(', ')} } from '${PACKAGE}';`;
  if (packageImportAt) text = text.replace(packageImportAt, merged);
  return { text, reached, packages };
}

/** `tk:` utilities → the host's own: the kit's prefix goes, tokens shadcn lacks get its equivalents. */
export function toHostClasses(text, fileName = 'file') {
  let out = text.replace(/(^|[\s'"`])tk:/g, '$1');
  for (const [pattern, replacement] of CLASS_RENAMES) out = out.replace(pattern, replacement);
  const left = /.{0,30}\btk:.{0,30}/.exec(out);
  if (left) throw new Error(`${fileName}: a tk: class is left after the transform: "${left[0]}"`);
  return out;
}

async function loadSchema() {
  const { registryItemSchema, registrySchema } = await import('shadcn/schema');
  return { registryItemSchema, registrySchema };
}

/** Builds every item into `outDir` (default registry/): one <name>.json each and registry.json. */
export async function buildRegistry({ outDir = join(root, 'registry') } = {}) {
  const source = JSON.parse(await readFile(join(root, 'registry.json'), 'utf8'));
  const { registryItemSchema, registrySchema } = await loadSchema();
  registrySchema.parse(source);
  const ownerOf = new Map();
  const copies = new Map();
  for (const item of source.items)
    for (const file of item.files) {
      const path = resolve(root, file.path);
      if (ownerOf.has(path)) throw new Error(`registry.json: ${file.path} is in two items`);
      ownerOf.set(path, item.name);
      copies.set(path, aliasOf(file.target));
    }
  const program = createProgram([...copies.keys()]);
  const checker = program.getTypeChecker();
  const names = publicNames(checker, program);
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const known = { ...manifest.dependencies, ...manifest.peerDependencies };

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const built = [];
  const missing = [];
  for (const item of source.items) {
    const needsItems = new Set();
    const needsPackages = new Set();
    const files = item.files.map((file) => {
      const sourceFile = program.getSourceFile(resolve(root, file.path));
      if (!sourceFile) throw new Error(`registry.json: ${file.path} does not exist`);
      const { text, reached, packages } = rewriteModules(sourceFile, checker, names, copies, missing);
      for (const path of reached) if (ownerOf.get(path) !== item.name) needsItems.add(ownerOf.get(path));
      for (const name of packages) needsPackages.add(name);
      const header = `// Copied from the ${PACKAGE}@${manifest.version} registry (${file.path}); its logic comes from the ${PACKAGE} package.\n`;
      return { ...file, content: header + toHostClasses(text, file.path) };
    });
    const declaredItems = (item.registryDependencies ?? []).map((dep) => dep.replace(NAMESPACE, ''));
    const declaredPackages = new Set(item.dependencies ?? []);
    for (const need of needsItems)
      if (!declaredItems.includes(need))
        throw new Error(
          `registry.json: "${item.name}" imports "${need}" but does not list ${NAMESPACE}${need}`,
        );
    for (const name of needsPackages)
      if (!declaredPackages.has(name) && !/^react(-dom)?$/.test(name))
        throw new Error(`registry.json: "${item.name}" imports ${name} but does not list it in dependencies`);
    for (const name of declaredPackages)
      if (name !== PACKAGE && !known[name])
        throw new Error(`registry.json: "${item.name}" depends on ${name}, which topup-kit does not`);
    const entry = registryItemSchema.parse({
      $schema: 'https://ui.shadcn.com/schema/registry-item.json',
      ...item,
      // Bare names: the CLI installs only what the host lacks (a version would make it reinstall).
      ...(declaredPackages.size > 0 && { dependencies: [...declaredPackages] }),
      // The package version these copies were cut from, for a host comparing its copies and its install.
      meta: { ...item.meta, [PACKAGE]: manifest.version },
      files,
    });
    await writeFile(join(outDir, `${item.name}.json`), `${JSON.stringify(entry, null, 2)}\n`);
    built.push(entry);
  }
  if (missing.length)
    throw new Error(
      `${PACKAGE} does not export what the copied parts import; export these from src/index.ts:\n  ${missing.join('\n  ')}`,
    );
  // The index, as `shadcn build` writes it: the items without their files' content.
  const index = {
    ...source,
    items: built.map(({ $schema, files, ...rest }) => ({
      ...rest,
      files: files.map(({ content, ...f }) => f),
    })),
  };
  await writeFile(join(outDir, 'registry.json'), `${JSON.stringify(index, null, 2)}\n`);
  return built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outArg = process.argv.indexOf('--out');
  const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : undefined;
  const items = await buildRegistry(outDir ? { outDir } : {});
  const dir = relative(process.cwd(), outDir ?? join(root, 'registry')) || '.';
  // On stderr: `npm pack --json` (prepack) keeps stdout for its JSON, which scripts read.
  console.error(
    `registry: ${items.length} items in ${dir}/ (${items.reduce((n, i) => n + i.files.length, 0)} files)`,
  );
}
