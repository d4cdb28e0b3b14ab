import type {
  AccessorNode, ConditionalNode, ConstantNode, FunctionNode, IndexNode, MathNode, OperatorNode,
  ParenthesisNode, SymbolNode,
} from 'mathjs';
import { functions, type EvalContext } from './functions';
import { binaryOperators, selectByMonth, toCondition, unaryOperators } from './operators';
import { MAX_FORMULA_DEPTH, parseFormula } from './parse';
import { CellError, NONE, isError, isSeries, type Value, type Where } from './values';

/**
 * Compiles a formula into a closure tree over the engine's value array: each
 * syntax node becomes one small function, references become array reads. No
 * eval, no `new Function` (the renderer's CSP forbids them), and only the
 * operators and the function allow-list are reachable.
 */

/** What a compiled formula reads and computes with. */
export interface Env extends EvalContext {
  readonly values: Value[];
}

/** A compiled formula. */
export type Evaluate = (env: Env) => Value;

/** How the compiler turns names into cells. */
export interface NameResolver {
  /** The slot of a full reference (`grid.row` or `grid.row.column`, or `t`), if it exists. */
  slotOf(ref: string): number | undefined;
  /** True if some cell lives in this grid. */
  hasGrid(grid: string): boolean;
  /** The reference of the cell being compiled: it may read itself only inside lag(…). */
  readonly self?: string;
  /** Grid and row of the cell being compiled, for `row.column` references inside table rows. */
  readonly home?: { readonly grid: string; readonly row: string };
}

/** A compiled formula with what it depends on. */
export interface Compiled {
  /** Computes the value; the caller checks it is finite (recurrences need the raw months). */
  readonly evaluate: Evaluate;
  /** Slots this formula reads. */
  readonly dependencies: readonly number[];
  /** References that did not resolve; adding such a cell later should recompile this one. */
  readonly missing: readonly string[];
}

/** The reference to the month index series. */
export const MONTH_REF = 't';

const constants: ReadonlyMap<string, Value> = new Map<string, Value>([
  ['pi', Math.PI],
  ['e', Math.E],
  ['none', NONE],
]);

class CompileError extends Error {
  constructor(readonly cellError: CellError) {
    super(cellError.message);
  }
}

function fail(code: CellError['code'], message: string): never {
  throw new CompileError(new CellError(code, message));
}

/** Compiles formula text (without the leading "="). Never throws: failures compile to an error value. */
export function compileFormula(body: string, names: NameResolver): Compiled {
  const tree = parseFormula(body);
  if (tree instanceof CellError) return constant(tree);
  const compiler = new Compiler(names);
  try {
    const inner = compiler.compile(tree, 0);
    return { evaluate: inner, dependencies: [...compiler.dependencies], missing: compiler.missing };
  } catch (error) {
    if (error instanceof CompileError) {
      // Keep the edges found so far: deleting one of those cells must recompile this one.
      return { evaluate: () => error.cellError, dependencies: [...compiler.dependencies], missing: compiler.missing };
    }
    if (error instanceof RangeError) return constant(new CellError('#VALUE!', 'the formula is too complex to compute'));
    throw error;
  }
}

function constant(value: Value): Compiled {
  return { evaluate: () => value, dependencies: [], missing: [] };
}

/** Formula text of a node, computed only when an error message needs it. */
function whereOf(node: MathNode): Where {
  let text: string | undefined;
  return {
    toString() {
      text ??= node.toString();
      return text.length > 80 ? `${text.slice(0, 77)}…` : text;
    },
  };
}

class Compiler {
  readonly dependencies = new Set<number>();
  readonly missing: string[] = [];
  /** Inside the first argument of lag with a constant lag ≥ 1, reading the cell's own earlier months is safe. */
  private insideLag = false;

  constructor(private readonly names: NameResolver) {}

  compile(node: MathNode, depth: number): Evaluate {
    if (depth > MAX_FORMULA_DEPTH) fail('#VALUE!', `the formula nests more than ${MAX_FORMULA_DEPTH} levels deep`);
    switch (node.type) {
      case 'ConstantNode': return this.constantNode(node as ConstantNode);
      case 'ParenthesisNode': return this.compile((node as ParenthesisNode).content, depth + 1);
      case 'SymbolNode': return this.symbol(node as SymbolNode);
      case 'AccessorNode': return this.accessor(node as AccessorNode, depth);
      case 'OperatorNode': return this.operator(node as OperatorNode, depth);
      case 'FunctionNode': return this.call(node as FunctionNode, depth);
      case 'ConditionalNode': return this.conditional(node as ConditionalNode, depth);
      default: return fail('#VALUE!', unsupported(node));
    }
  }

  private constantNode(node: ConstantNode): Evaluate {
    const value: unknown = node.value;
    if (value === null) return () => NONE;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return () => value;
    return fail('#VALUE!', `"${node.toString()}" is not a value a formula can use`);
  }

  private symbol(node: SymbolNode): Evaluate {
    const name = node.name;
    const known = constants.get(name);
    if (known !== undefined) return () => known;
    if (name === MONTH_REF) return this.read(MONTH_REF);
    if (functions.has(name)) fail('#NAME?', `${name} is a function: call it like ${functions.get(name)!.signature}`);
    if (this.names.hasGrid(name)) fail('#REF!', `${name} is a grid: name one of its cells, like ${name}.<row>`);
    this.missing.push(name);
    return fail('#NAME?', `unknown name "${name}"`);
  }

  /** `grid.row`, `grid.row.column`, `row.column` inside a table row, and `x[month]`. */
  private accessor(node: AccessorNode, depth: number): Evaluate {
    const path = dottedPath(node);
    if (path) return this.reference(path);
    const index = node.index as IndexNode;
    if (index.dotNotation || index.dimensions.length !== 1) {
      return fail('#REF!', `"${node.toString()}" is not a reference to a cell`);
    }
    this.read(MONTH_REF);
    return this.monthOf(this.compile(node.object, depth + 1), this.compile(index.dimensions[0]!, depth + 1), whereOf(node));
  }

  private reference(path: string[]): Evaluate {
    const home = this.names.home;
    const parts = path[0] === 'row' && home && !this.names.hasGrid('row') ? [home.grid, home.row, ...path.slice(1)] : path;
    for (const length of [2, 3]) {
      const ref = parts.slice(0, length).join('.');
      if (this.names.slotOf(ref) === undefined) continue;
      if (parts.length > length) fail('#REF!', `${ref} has no part "${parts.slice(length).join('.')}"`);
      return this.read(ref);
    }
    const ref = parts.join('.');
    this.missing.push(ref);
    if (this.names.hasGrid(parts[0]!)) return fail('#REF!', `there is no cell ${ref}`);
    return fail('#NAME?', `unknown name "${parts[0]}" in ${ref}`);
  }

  private read(ref: string): Evaluate {
    if (ref === this.names.self && !this.insideLag) {
      fail('#CYCLE!', `${ref} reads its own value; a cell can read its own earlier months only as lag(${ref}, months), with months a whole number ≥ 1`);
    }
    const slot = this.names.slotOf(ref);
    if (slot === undefined) {
      this.missing.push(ref);
      return fail('#REF!', `there is no cell ${ref}`);
    }
    this.dependencies.add(slot);
    return (env) => env.values[slot]!;
  }

  private monthOf(series: Evaluate, month: Evaluate, what: Where): Evaluate {
    const at = functions.get('at')!;
    return (env) => at.call([() => series(env), () => month(env)], env, what);
  }

  private operator(node: OperatorNode, depth: number): Evaluate {
    const what = whereOf(node);
    const fn: string = node.fn === 'dotMultiply' ? 'multiply' : node.fn === 'dotDivide' ? 'divide' : node.fn === 'dotPow' ? 'pow' : node.fn;
    const args = node.args.map((arg) => this.compile(arg, depth + 1));
    if (args.length === 2) {
      const op = binaryOperators.get(fn);
      if (!op) return fail('#VALUE!', `the operator "${node.op}" is not supported in formulas`);
      const [left, right] = args as [Evaluate, Evaluate];
      if (fn === 'add') {
        return (env) => {
          const a = left(env);
          const b = right(env);
          return typeof a === 'number' && typeof b === 'number' ? a + b : op(a, b, what);
        };
      }
      if (fn === 'multiply') {
        return (env) => {
          const a = left(env);
          const b = right(env);
          return typeof a === 'number' && typeof b === 'number' ? a * b : op(a, b, what);
        };
      }
      return (env) => op(left(env), right(env), what);
    }
    const op = args.length === 1 ? unaryOperators.get(fn) : undefined;
    if (!op) return fail('#VALUE!', `the operator "${node.op}" is not supported in formulas`);
    const [operand] = args as [Evaluate];
    return (env) => op(operand(env), what);
  }

  private call(node: FunctionNode, depth: number): Evaluate {
    const name = node.fn.type === 'SymbolNode' ? (node.fn as SymbolNode).name : undefined;
    const spec = name === undefined ? undefined : functions.get(name);
    if (!spec) {
      const shown = name ?? node.fn.toString();
      return fail('#NAME?', `unknown function "${shown}"`);
    }
    const count = node.args.length;
    if (count < spec.minArgs || count > spec.maxArgs) {
      const range = spec.maxArgs === Infinity ? `at least ${spec.minArgs}` : spec.minArgs === spec.maxArgs ? `${spec.minArgs}` : `${spec.minArgs} to ${spec.maxArgs}`;
      return fail('#VALUE!', `${spec.name} takes ${range} argument${range === '1' ? '' : 's'}, got ${count}: ${spec.signature}`);
    }
    const args = spec.name === 'lag' ? this.lagArguments(node, depth) : node.args.map((arg) => this.compile(arg, depth + 1));
    if (spec.readsHorizon) this.read(MONTH_REF);
    const what = whereOf(node);
    return (env) => spec.call(args.map((arg) => () => arg(env)), env, what);
  }

  /** lag's arguments; its first may read the cell itself when the lag is a constant whole number ≥ 1. */
  private lagArguments(node: FunctionNode, depth: number): Evaluate[] {
    const months = node.args[1];
    const lagValue: unknown = months === undefined ? 1 : months.type === 'ConstantNode' ? (months as ConstantNode).value : undefined;
    const safe = typeof lagValue === 'number' && Number.isInteger(lagValue) && lagValue >= 1;
    const outer = this.insideLag;
    this.insideLag = outer || safe;
    const first = this.compile(node.args[0]!, depth + 1);
    this.insideLag = outer;
    return [first, ...node.args.slice(1).map((arg) => this.compile(arg, depth + 1))];
  }

  private conditional(node: ConditionalNode, depth: number): Evaluate {
    const what = whereOf(node);
    const condition = this.compile(node.condition, depth + 1);
    const whenTrue = this.compile(node.trueExpr, depth + 1);
    const whenFalse = this.compile(node.falseExpr, depth + 1);
    return (env) => {
      const cond = toCondition(condition(env), what);
      if (typeof cond === 'boolean') return cond ? whenTrue(env) : whenFalse(env);
      if (isSeries(cond)) return selectByMonth(cond, whenTrue(env), whenFalse(env), what);
      return cond;
    };
  }
}

/** `a.b.c` as ["a", "b", "c"], or undefined when the accessor is not a plain dotted name. */
function dottedPath(node: MathNode): string[] | undefined {
  if (node.type === 'SymbolNode') return [(node as SymbolNode).name];
  if (node.type !== 'AccessorNode') return undefined;
  const accessor = node as AccessorNode;
  const index = accessor.index as IndexNode;
  if (!index.dotNotation || index.dimensions.length !== 1) return undefined;
  const key: unknown = (index.dimensions[0] as ConstantNode).value;
  const head = dottedPath(accessor.object);
  return head && typeof key === 'string' ? [...head, key] : undefined;
}

function unsupported(node: MathNode): string {
  switch (node.type) {
    case 'AssignmentNode':
    case 'FunctionAssignmentNode': return 'a formula cannot assign or define anything; it only computes a value';
    case 'BlockNode': return 'a formula is one expression; separate statements with ; or newlines are not allowed';
    case 'ArrayNode':
    case 'RangeNode':
    case 'ObjectNode': return `"${node.toString().slice(0, 40)}": arrays, ranges and objects are not supported in formulas`;
    case 'RelationalNode': return `"${node.toString().slice(0, 40)}": chained comparisons are not supported; use and, e.g. a < b and b < c`;
    default: return `"${node.toString().slice(0, 40)}" is not supported in formulas`;
  }
}
