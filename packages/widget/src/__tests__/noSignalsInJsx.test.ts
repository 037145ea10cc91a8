import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The script-tag build cuts `@preact/signals`' JSX bindings out (see `signalsWithoutJsxBindings` in the rollup
// config): a signal put in JSX itself, as a child or as a DOM element's prop, would render nothing there. This
// reads every JSX expression of the widget's sources with the type checker and lists any whose type is a signal.
const packageDir = join(import.meta.dirname, '../..');

const isSignal = (checker: ts.TypeChecker, type: ts.Type): boolean =>
  (type.isUnion() ? type.types : [type]).some(
    (part) =>
      /Signal$/.test(part.symbol?.name ?? '') ||
      ['peek', 'subscribe', 'value'].every((name) => checker.getPropertyOfType(part, name)),
  );

function findSignalsInJsx(): string[] {
  const configPath = join(packageDir, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, packageDir);
  const files = parsed.fileNames.filter((file) => file.includes('/src/') && !file.includes('/__tests__/'));
  const program = ts.createProgram(files, parsed.options);
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const source of program.getSourceFiles()) {
    if (!files.includes(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isJsxExpression(node) && node.expression) {
        const { parent } = node;
        // A component's props are the component's business: where it renders them, they are checked again.
        const tag = ts.isJsxAttribute(parent) ? parent.parent.parent.tagName.getText(source) : '';
        if (!/^[A-Z]|\./.test(tag) && isSignal(checker, checker.getTypeAtLocation(node.expression))) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          found.push(`${relative(packageDir, source.fileName)}:${line + 1} ${node.getText(source)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('JSX', () => {
  it('never holds a signal itself (read `.value` while rendering)', () => {
    expect(findSignalsInJsx()).toEqual([]);
  }, 60_000);
});
