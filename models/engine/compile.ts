import type { AccessorNode, ConditionalNode, ConstantNode, FunctionNode, IndexNode, MathNode, OperatorNode, ParenthesisNode, SymbolNode } from 'mathjs';
import { Site, dottedPath, unsupported } from './formula-site';
import type { Column } from './column';
import { functionNamed, type EvalContext, type FunctionSpec } from './functions';
import { binary, call, callAcross, conditional, constant, monthAt, readColumn, unary } from './closures';
import { Fusion } from './fusion';
import { binaryOperators, unaryOperators } from './operators';
import { MAX_FORMULA_DEPTH, PLACEHOLDER, parseShape } from './parse';
import { RUNNING_TOTALS, ZERO_STEP, binaryStep, callStep, conditionalStep, lagStep, monthOf, runningStep, selfMonth, unaryStep } from './step-closures';
import { CellError, NONE, type Value, type Where } from './values';

/**
 * Compiles a formula into a closure tree over the engine's value array: each
 * syntax node becomes one small function, references become array reads. No
 * eval, no `new Function` (the renderer's CSP forbids them), and only the
 * operators and the function allow-list are reachable.
 */

/** What a compiled formula reads and computes with. */
export interface Env extends EvalContext {
  readonly values: Value[];
  /** The rows of each table column's vertex, by its slot (what whole-column references read). */
  readonly columns: Array<Column | undefined>;
  /** Counts recurrence evaluations, so month-by-month closures know when to refresh what they cache. */
  run: number;
}

/** A compiled formula. */
export type Evaluate = (env: Env) => Value;

/** A formula compiled to compute one month (0-based) at a time. */
export type StepEvaluate = (env: Env, month: number) => Value;

/** How the compiler turns names into cells. */
export interface NameResolver {
  /** The slot of a full reference (`grid.row` or `grid.row.column`, or `t`), if it exists. */
  slotOf(ref: string): number | undefined;
  /** The slot of a table column's vertex (`grid.column`), if there is such a column. */
  columnSlotOf(ref: string): number | undefined;
  /** True if some cell lives in this grid. */
  hasGrid(grid: string): boolean;
  /** The reference of the cell being compiled: it may read itself only inside lag(…). */
  readonly self?: string;
  /** Grid and row of the cell being compiled, for `row.column` references inside table rows. */
  readonly home?: { readonly grid: string; readonly row: string };
}

/** A compiled formula with what it depends on. */
export interface Compiled {
  /** Computes the value; the caller checks it is finite. */
  readonly evaluate: Evaluate;
  /**
   * For a formula that reads its own earlier months: the same formula one
   * month at a time (O(months)), when its shape allows; otherwise the engine
   * falls back to re-running `evaluate` once per month.
   */
  readonly step?: StepEvaluate;
  /** Slots this formula reads. */
  readonly dependencies: readonly number[];
  /** References that did not resolve; adding such a cell later should recompile this one. */
  readonly missing: readonly string[];
}

/** The functions that take whole columns, for error messages. */
const COLUMN_FUNCTIONS = 'sum(…), average(…), min(…), max(…), count(…), sumproduct(…) or sumif(…)';

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

/** Thrown while building a step closure for a shape that only the slow path handles. */
class NotSteppable extends Error {}

function fail(code: CellError['code'], message: string): never {
  throw new CompileError(new CellError(code, message));
}

/** Compiles formula text (without the leading "="). Never throws: failures compile to an error value. */
export function compileFormula(body: string, names: NameResolver): Compiled {
  const { tree, refs } = parseShape(body);
  if (tree instanceof CellError) return { evaluate: () => tree, dependencies: [], missing: [] };
  const compiler = new Compiler(body, names, refs);
  try {
    const evaluate = compiler.compile(tree, Site.root(body));
    return { evaluate, step: compiler.stepIfRecurrent(tree), dependencies: [...compiler.dependencies], missing: compiler.missing };
  } catch (error) {
    const cellError = error instanceof CompileError ? error.cellError
      : error instanceof RangeError ? new CellError('#VALUE!', 'the formula is too complex to compute') : undefined;
    if (!cellError) throw error;
    // Keep the edges found so far: deleting one of those cells must recompile this one.
    return { evaluate: () => cellError, dependencies: [...compiler.dependencies], missing: compiler.missing };
  }
}

class Compiler {
  readonly dependencies = new Set<number>();
  readonly missing: string[] = [];
  /** Inside the first argument of lag with a constant lag ≥ 1, reading the cell's own earlier months is safe. */
  private insideLag = false;
  private selfReads = 0;
  private readonly fusion = new Fusion();

  constructor(private readonly body: string, private readonly names: NameResolver, private readonly refs: readonly string[]) {}

  /** The dotted path a node names: a reference's placeholder stands for the path it replaced. */
  private pathOf(node: MathNode): string[] | undefined {
    if (node.type === 'SymbolNode') {
      const name = (node as SymbolNode).name;
      if (name.startsWith(PLACEHOLDER)) return this.refs[Number(name.slice(PLACEHOLDER.length))]!.split('.');
    }
    return dottedPath(node);
  }

  compile(node: MathNode, at: Site): Evaluate {
    if (at.depth > MAX_FORMULA_DEPTH) fail('#VALUE!', `the formula nests more than ${MAX_FORMULA_DEPTH} levels deep`);
    switch (node.type) {
      case 'ConstantNode': return this.constantNode(node as ConstantNode);
      case 'ParenthesisNode': return this.compile((node as ParenthesisNode).content, at.child(0));
      case 'SymbolNode': return this.symbol(node as SymbolNode);
      case 'AccessorNode': return this.accessor(node as AccessorNode, at);
      case 'OperatorNode': return this.operator(node as OperatorNode, at);
      case 'FunctionNode': return this.call(node as FunctionNode, at);
      case 'ConditionalNode': return this.conditional(node as ConditionalNode, at);
      default: return fail('#VALUE!', unsupported(node));
    }
  }

  /** The month-by-month closure of a formula that reads itself, if its shape allows one. */
  stepIfRecurrent(tree: MathNode): StepEvaluate | undefined {
    if (this.selfReads === 0) return undefined;
    try {
      return this.step(tree, Site.root(this.body));
    } catch (error) {
      if (error instanceof NotSteppable) return undefined;
      throw error;
    }
  }

  private constantNode(node: ConstantNode): Evaluate {
    const value: unknown = node.value;
    if (value === null) return constant(NONE);
    if (typeof value === 'number') return this.fusion.number(value);
    if (typeof value === 'string' || typeof value === 'boolean') return constant(value);
    return fail('#VALUE!', `"${node.toString()}" is not a value a formula can use`);
  }

  private symbol(node: SymbolNode): Evaluate {
    const name = node.name;
    if (name.startsWith(PLACEHOLDER)) {
      // Most references are a whole `grid.row` as typed: read it without splitting and joining the name again.
      const ref = this.refs[Number(name.slice(PLACEHOLDER.length))]!;
      const dot = ref.indexOf('.');
      const slot = dot === ref.lastIndexOf('.') && !ref.startsWith('row.') ? this.names.slotOf(ref) : undefined;
      if (slot !== undefined) return this.read(ref, slot);
      return this.read(this.resolve(this.pathOf(node)!));
    }
    const known = constants.get(name);
    if (known !== undefined) return constant(known);
    if (name === MONTH_REF) return this.read(MONTH_REF);
    const spec = functionNamed(name);
    if (spec) fail('#NAME?', `${name} is a function: call it like ${spec.signature}`);
    if (this.names.hasGrid(name)) fail('#REF!', `${name} is a grid: name one of its cells, like ${name}.<row>`);
    this.missing.push(name);
    return fail('#NAME?', `unknown name "${name}"`);
  }

  /** `grid.row`, `grid.row.column`, `row.column` inside a table row, and `x[month]`. */
  private accessor(node: AccessorNode, at: Site): Evaluate {
    const path = this.pathOf(node);
    if (path) return this.read(this.resolve(path));
    const index = node.index as IndexNode;
    if (index.dotNotation || index.dimensions.length !== 1) {
      return fail('#REF!', `"${node.toString()}" is not a reference to a cell`);
    }
    this.read(MONTH_REF);
    const series = this.compile(node.object, at.child(0));
    const month = this.compile(index.dimensions[0]!, at.child(1));
    const what: Where = at;
    const pick = functionNamed('at')!;
    return monthAt(pick, series, month, what);
  }

  /** The full reference a dotted path names, or a compile error saying why it names none. */
  private resolve(path: string[]): string {
    const home = this.names.home;
    const parts = path[0] === 'row' && home && !this.names.hasGrid('row') ? [home.grid, home.row, ...path.slice(1)] : path;
    for (const length of [2, 3]) {
      const ref = parts.slice(0, length).join('.');
      if (this.names.slotOf(ref) === undefined) continue;
      if (parts.length > length) fail('#REF!', `${ref} has no part "${parts.slice(length).join('.')}"`);
      return ref;
    }
    const ref = parts.join('.');
    if (parts.length === 2 && this.names.columnSlotOf(ref) !== undefined) {
      fail('#VALUE!', `${ref} is a whole column: use it inside ${COLUMN_FUNCTIONS}, or name one row's cell, like ${parts[0]}.<row>.${parts[1]}`);
    }
    this.missing.push(ref);
    if (this.names.hasGrid(parts[0]!)) return fail('#REF!', `there is no cell ${ref}`);
    return fail('#NAME?', `unknown name "${parts[0]}" in ${ref}`);
  }

  /** A read of a cell; `known` is its slot when the caller has already looked it up. */
  private read(ref: string, known?: number): Evaluate {
    if (ref === this.names.self) {
      if (!this.insideLag) {
        fail('#CYCLE!', `${ref} reads its own value; a cell can read its own earlier months only as lag(${ref}, months), with months a whole number ≥ 1`);
      }
      this.selfReads++;
    }
    const slot = known ?? this.names.slotOf(ref);
    if (slot === undefined) {
      this.missing.push(ref);
      return fail('#REF!', `there is no cell ${ref}`);
    }
    this.dependencies.add(slot);
    return this.fusion.read(slot);
  }

  private operator(node: OperatorNode, at: Site): Evaluate {
    const args = node.args.map((arg, i) => this.compile(arg, at.child(i)));
    const what: Where = at;
    if (args.length === 2) {
      const op = this.binaryOperator(node);
      const [left, right] = args as [Evaluate, Evaluate];
      if (node.fn === 'add' || node.fn === 'multiply') return this.fusion.withNumber(node.fn, op, left, right, what) ?? binary(node.fn, op, left, right, what);
      return binary(node.fn, op, left, right, what);
    }
    return unary(this.unaryOperator(node), args[0]!, what);
  }

  private binaryOperator(node: OperatorNode) {
    const fn: string = node.fn === 'dotMultiply' ? 'multiply' : node.fn === 'dotDivide' ? 'divide' : node.fn === 'dotPow' ? 'pow' : node.fn;
    return binaryOperators.get(fn) ?? fail('#VALUE!', `the operator "${node.op}" is not supported in formulas`);
  }

  private unaryOperator(node: OperatorNode) {
    return (node.args.length === 1 ? unaryOperators.get(node.fn) : undefined) ?? fail('#VALUE!', `the operator "${node.op}" is not supported in formulas`);
  }

  private functionOf(node: FunctionNode): FunctionSpec {
    const name = node.fn.type === 'SymbolNode' ? (node.fn as SymbolNode).name : undefined;
    const spec = name === undefined ? undefined : functionNamed(name);
    if (!spec) return fail('#NAME?', `unknown function "${name ?? node.fn.toString()}"`);
    const count = node.args.length;
    if (count < spec.minArgs || count > spec.maxArgs) {
      const range = spec.maxArgs === Infinity ? `at least ${spec.minArgs}` : spec.minArgs === spec.maxArgs ? `${spec.minArgs}` : `${spec.minArgs} to ${spec.maxArgs}`;
      return fail('#VALUE!', `${spec.name} takes ${range} argument${range === '1' ? '' : 's'}, got ${count}: ${spec.signature}`);
    }
    return spec;
  }

  private call(node: FunctionNode, at: Site): Evaluate {
    const spec = this.functionOf(node);
    const what: Where = at;
    const across = spec.columns;
    if (across) {
      const columnArgs = node.args.map((arg) => this.columnArgument(arg));
      if (columnArgs.some((column) => column !== undefined)) {
        const args = node.args.map((arg, i) => columnArgs[i] ?? this.compile(arg, at.child(i)));
        return callAcross(across, args, what);
      }
    }
    const args = spec.name === 'lag' ? this.lagArguments(node, at) : node.args.map((arg, i) => this.compile(arg, at.child(i)));
    if (spec.readsHorizon) this.read(MONTH_REF);
    return call(spec, args, what);
  }

  /** A whole-column argument (`languages.share`) of an aggregate, read from its column vertex. */
  private columnArgument(node: MathNode): ((env: Env) => Column) | undefined {
    const path = this.pathOf(node);
    if (!path || path.length !== 2) return undefined;
    const ref = path.join('.');
    const slot = this.names.slotOf(ref) === undefined ? this.names.columnSlotOf(ref) : undefined;
    if (slot === undefined) return undefined;
    this.dependencies.add(slot);
    return readColumn(slot);
  }

  /** The constant number of months of a lag call, when it is a whole number ≥ 1. */
  private lagMonths(node: FunctionNode): number | undefined {
    const months = node.args[1];
    const value: unknown = months === undefined ? 1 : months.type === 'ConstantNode' ? (months as ConstantNode).value : undefined;
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
  }

  /** lag's arguments; its first may read the cell itself when the lag is a constant whole number ≥ 1. */
  private lagArguments(node: FunctionNode, at: Site): Evaluate[] {
    const first = this.withinLag(this.lagMonths(node) !== undefined, () => this.compile(node.args[0]!, at.child(0)));
    return [first, ...node.args.slice(1).map((arg, i) => this.compile(arg, at.child(i + 1)))];
  }

  private withinLag<T>(safe: boolean, build: () => T): T {
    const outer = this.insideLag;
    this.insideLag = outer || safe;
    try {
      return build();
    } finally {
      this.insideLag = outer;
    }
  }

  private conditional(node: ConditionalNode, at: Site): Evaluate {
    const what: Where = at;
    const condition = this.compile(node.condition, at.child(0));
    const whenTrue = this.compile(node.trueExpr, at.child(1));
    const whenFalse = this.compile(node.falseExpr, at.child(2));
    return conditional(condition, whenTrue, whenFalse, what);
  }

  /**
   * The node as a one-month closure. Parts that do not read the cell itself
   * are computed once per recurrence run as whole series; the path down to
   * each `lag(self)` is computed per month. Only point-wise operations may
   * sit on that path — anything else takes the slow path.
   */
  private step(node: MathNode, at: Site): StepEvaluate {
    const before = this.selfReads;
    const whole = this.compile(node, at);
    if (this.selfReads === before) return monthOf(whole);
    const path = this.pathOf(node);
    if (path && path.length > 1 && this.resolve(path) === this.names.self) {
      return selfMonth(this.names.slotOf(this.names.self)!);
    }
    const what: Where = at;
    switch (node.type) {
      case 'ParenthesisNode': return this.step((node as ParenthesisNode).content, at.child(0));
      case 'OperatorNode': return this.operatorStep(node as OperatorNode, at, what);
      case 'ConditionalNode': return this.conditionalStep(node as ConditionalNode, at, what);
      case 'FunctionNode': return this.callStep(node as FunctionNode, at, what);
      default: throw new NotSteppable();
    }
  }

  private operatorStep(node: OperatorNode, at: Site, what: Where): StepEvaluate {
    const args = node.args.map((arg, i) => this.step(arg, at.child(i)));
    if (args.length === 2) {
      const op = this.binaryOperator(node);
      const [left, right] = args as [StepEvaluate, StepEvaluate];
      return binaryStep(op, left, right, what);
    }
    return unaryStep(this.unaryOperator(node), args[0]!, what);
  }

  private conditionalStep(node: ConditionalNode, at: Site, what: Where): StepEvaluate {
    const [condition, whenTrue, whenFalse] = [node.condition, node.trueExpr, node.falseExpr].map((part, i) => this.step(part, at.child(i))) as [StepEvaluate, StepEvaluate, StepEvaluate];
    return conditionalStep(condition, whenTrue, whenFalse, what);
  }

  private callStep(node: FunctionNode, at: Site, what: Where): StepEvaluate {
    const spec = this.functionOf(node);
    if (spec.name === 'lag') {
      const months = this.lagMonths(node);
      if (months === undefined) throw new NotSteppable();
      const inner = this.withinLag(true, () => this.step(node.args[0]!, at.child(0)));
      const fill = node.args[2] ? monthOf(this.compile(node.args[2], at.child(2))) : ZERO_STEP;
      return lagStep(inner, months, fill);
    }
    const running = RUNNING_TOTALS.get(spec.name);
    if (running) return runningStep(this.step(node.args[0]!, at.child(0)), running);
    const pointwise = spec.pointwise || ((spec.name === 'min' || spec.name === 'max') && node.args.length > 1);
    if (!pointwise) throw new NotSteppable();
    const args = node.args.map((arg, i) => this.step(arg, at.child(i)));
    return callStep(spec, args, what);
  }
}
