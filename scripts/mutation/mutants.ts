/**
 * Mutants of a TypeScript source, found on its syntax tree (not a hand-picked list): every
 * comparison, equality, logical, arithmetic and nullish operator flipped, every `!` removed,
 * every number moved by one, every boolean swapped, every conditional's branches swapped,
 * every `.filter(…)`, `.some`/`.every`, `.sort(…)` call and `return` of a guard changed.
 * Type-level code, imports and string contents are left alone: they cannot change behaviour.
 */
import ts from 'typescript';

export interface Mutant {
  file: string;
  /** 1-based line of the change, for the report. */
  line: number;
  /** What changed, e.g. "< → <=". */
  description: string;
  start: number;
  end: number;
  replacement: string;
}

const OPERATOR_FLIPS: Partial<Record<ts.SyntaxKind, string[]>> = {
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: ['!=='],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: ['==='],
  [ts.SyntaxKind.LessThanToken]: ['<=', '>'],
  [ts.SyntaxKind.LessThanEqualsToken]: ['<', '>'],
  [ts.SyntaxKind.GreaterThanToken]: ['>=', '<'],
  [ts.SyntaxKind.GreaterThanEqualsToken]: ['>', '<'],
  [ts.SyntaxKind.AmpersandAmpersandToken]: ['||'],
  [ts.SyntaxKind.BarBarToken]: ['&&'],
  [ts.SyntaxKind.QuestionQuestionToken]: ['&&'],
  [ts.SyntaxKind.PlusToken]: ['-'],
  [ts.SyntaxKind.MinusToken]: ['+'],
  [ts.SyntaxKind.AsteriskToken]: ['/'],
  [ts.SyntaxKind.SlashToken]: ['*'],
  [ts.SyntaxKind.PercentToken]: ['*'],
  [ts.SyntaxKind.PlusEqualsToken]: ['-='],
  [ts.SyntaxKind.MinusEqualsToken]: ['+='],
  [ts.SyntaxKind.CaretToken]: ['|'],
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken]: ['<<'],
};

const ARRAY_METHOD_SWAPS: Record<string, string> = { some: 'every', every: 'some' };

/** Whether `node` sits in type-level code or in an import/export declaration. */
function inert(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isTypeNode(n) || ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) return true;
  }
  return false;
}

export function findMutants(file: string, text: string): Mutant[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Mutant[] = [];
  const add = (node: ts.Node | { getStart(): number; getEnd(): number }, replacement: string, description: string, start = node.getStart(), end = node.getEnd()) => {
    out.push({ file, line: source.getLineAndCharacterOfPosition(start).line + 1, description, start, end, replacement });
  };
  const code = (node: ts.Node) => node.getText(source);

  const visit = (node: ts.Node) => {
    if (inert(node)) return;
    if (ts.isBinaryExpression(node)) {
      const flips = OPERATOR_FLIPS[node.operatorToken.kind] ?? [];
      // "+" between strings builds text, not a number: flipping it only breaks the syntax of a message.
      const stringy = node.operatorToken.kind === ts.SyntaxKind.PlusToken && [node.left, node.right].some((side) => ts.isStringLiteral(side) || ts.isTemplateExpression(side) || ts.isNoSubstitutionTemplateLiteral(side));
      if (!stringy) for (const flip of flips) add(node.operatorToken, flip, `${node.operatorToken.getText(source)} → ${flip}`);
    }
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) add(node, code(node.operand), `!${code(node.operand).slice(0, 30)} → ${code(node.operand).slice(0, 30)}`);
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
      add(node, code(node.operand), `-${code(node.operand)} → ${code(node.operand)}`);
    } else if (ts.isNumericLiteral(node)) {
      const value = Number(node.text);
      add(node, String(value + 1), `${code(node)} → ${value + 1}`);
      add(node, value === 0 ? '-1' : String(value - 1), `${code(node)} → ${value === 0 ? -1 : value - 1}`);
    }
    if (node.kind === ts.SyntaxKind.TrueKeyword) add(node, 'false', 'true → false');
    if (node.kind === ts.SyntaxKind.FalseKeyword) add(node, 'true', 'false → true');
    if (ts.isConditionalExpression(node)) add(node, `(${code(node.condition)}) ? (${code(node.whenFalse)}) : (${code(node.whenTrue)})`, `?: branches swapped`);
    if (ts.isIfStatement(node)) add(node.expression, `!(${code(node.expression)})`, `if (${code(node.expression).slice(0, 40)}) negated`);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const target = code(node.expression.expression);
      if (method === 'filter') add(node, target, `.filter(…) removed`);
      if (method === 'sort' && node.arguments.length === 1) add(node, target, `.sort(…) removed`);
      // Own keys only: `toString` and the like are not swaps (the prototype's function is not a name).
      const swap = Object.hasOwn(ARRAY_METHOD_SWAPS, method) ? ARRAY_METHOD_SWAPS[method] : undefined;
      if (swap) add(node.expression.name, swap, `.${method} → .${swap}`);
    }
    if (ts.isReturnStatement(node) && node.expression && (node.expression.kind === ts.SyntaxKind.NullKeyword || node.expression.kind === ts.SyntaxKind.TrueKeyword || node.expression.kind === ts.SyntaxKind.FalseKeyword)) {
      // An early return removed: the guard no longer stops anything.
      if (ts.isIfStatement(node.parent) || (ts.isBlock(node.parent) && ts.isIfStatement(node.parent.parent))) add(node, ';', `return ${code(node.expression)} removed`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

export function applyMutant(text: string, mutant: Mutant): string {
  return text.slice(0, mutant.start) + mutant.replacement + text.slice(mutant.end);
}
