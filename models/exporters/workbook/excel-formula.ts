import type { AccessorNode, ConditionalNode, ConstantNode, FunctionNode, IndexNode, MathNode, OperatorNode, ParenthesisNode, SymbolNode } from 'mathjs';
import { dottedPath } from '../../engine/formula-site';
import { parseFormula } from '../../engine/parse';
import { functionNamed, parseRef } from '../../engine';
import { absolute, absoluteRange, type SheetLayout } from './sheet-layout';

/**
 * Translates a Tokencast formula into an Excel formula for one workbook cell:
 * a scalar cell, or month m of a series row. References become absolute A1
 * references; a series read in month m is that month's column; `lag(x, k)`
 * shifts the month; running totals and whole-series functions read a row
 * range, and where their argument is an expression rather than a row, that
 * expression gets a helper row of its own. What Excel cannot say is refused
 * (the caller then keeps the computed value instead of a formula).
 */

/** Where a formula is being written: a scalar cell, or month `month` (1-based) of a series. */
export type FormulaContext = { readonly month: number | undefined; readonly self: string };

/** Gives an expression a helper row (month by month) and returns the row's range, months 1..`upTo`. */
export type HelperRows = (node: MathNode, self: string, upTo: number) => string;

/** Thrown for a formula Excel cannot express the same way; the cell keeps its value. */
export class NotTranslatable extends Error {}

const POINTWISE: Readonly<Record<string, string>> = {
  abs: 'ABS', sqrt: 'SQRT', exp: 'EXP', ln: 'LN', log10: 'LOG10', sign: 'SIGN', pow: 'POWER', round: 'ROUND',
  iferror: 'IFERROR', concat: 'CONCATENATE',
};
const RUNNING: Readonly<Record<string, string>> = { cumsum: 'SUM', cumprod: 'PRODUCT', cummax: 'MAX', cummin: 'MIN' };
const WHOLE_SERIES: Readonly<Record<string, string>> = { sum: 'SUM', mean: 'AVERAGE', average: 'AVERAGE', min: 'MIN', max: 'MAX', count: 'COUNT' };
const COLUMN_FUNCTIONS: Readonly<Record<string, string>> = {
  sum: 'SUM', mean: 'AVERAGE', average: 'AVERAGE', min: 'MIN', max: 'MAX', count: 'COUNT', sumproduct: 'SUMPRODUCT',
  sumif: 'SUMIF', countif: 'COUNTIF', averageif: 'AVERAGEIF',
};
const BINARY: Readonly<Record<string, string>> = {
  add: '+', subtract: '-', multiply: '*', divide: '/', pow: '^', dotMultiply: '*', dotDivide: '/', dotPow: '^',
  equal: '=', unequal: '<>', smaller: '<', larger: '>', smallerEq: '<=', largerEq: '>=',
};
const LOGICAL: Readonly<Record<string, string>> = { and: 'AND', or: 'OR', xor: 'XOR' };

/** The Excel formula (without "=") of a Tokencast formula body in a context, or NotTranslatable. */
export function excelFormula(body: string, context: FormulaContext, layout: SheetLayout, helpers: HelperRows): string {
  const tree = parseFormula(body);
  if (!('type' in tree)) throw new NotTranslatable(tree.message);
  return new Translator(layout, helpers, context.self).node(tree, context.month);
}

class Translator {
  constructor(private readonly layout: SheetLayout, private readonly helpers: HelperRows, private readonly self: string) {}

  node(node: MathNode, month: number | undefined): string {
    switch (node.type) {
      case 'ConstantNode': return constant(node as ConstantNode);
      case 'ParenthesisNode': return `(${this.node((node as ParenthesisNode).content, month)})`;
      case 'SymbolNode': return this.symbol(node as SymbolNode, month);
      case 'AccessorNode': return this.accessor(node as AccessorNode, month);
      case 'OperatorNode': return this.operator(node as OperatorNode, month);
      case 'ConditionalNode': {
        const c = node as ConditionalNode;
        return `IF(${this.node(c.condition, month)},${this.node(c.trueExpr, month)},${this.node(c.falseExpr, month)})`;
      }
      case 'FunctionNode': return this.call(node as FunctionNode, month);
      default: throw new NotTranslatable(`${node.type} has no Excel form`);
    }
  }

  private symbol(node: SymbolNode, month: number | undefined): string {
    switch (node.name) {
      case 't':
        if (month === undefined) throw new NotTranslatable('the month index outside a monthly cell');
        return String(month);
      case 'pi': return 'PI()';
      case 'e': return 'EXP(1)';
      case 'none': return '""';
      default: throw new NotTranslatable(`unknown name ${node.name}`);
    }
  }

  /** The full reference a dotted path names, `row.x` resolved against the cell being written. */
  private refOf(node: MathNode): string | undefined {
    const path = dottedPath(node);
    if (!path) return undefined;
    const self = parseRef(this.self);
    const parts = path[0] === 'row' && self?.column !== undefined ? [self.grid, self.row, ...path.slice(1)] : path;
    return parts.join('.');
  }

  private accessor(node: AccessorNode, month: number | undefined): string {
    const ref = this.refOf(node);
    if (ref !== undefined) return this.reference(ref, month);
    const index = node.index as IndexNode;
    if (index.dotNotation || index.dimensions.length !== 1) throw new NotTranslatable('an index Excel cannot read');
    return this.at(node.object, index.dimensions[0]!, month);
  }

  /** A cell read in a context: a scalar cell, or the month's cell of a series row. */
  private reference(ref: string, month: number | undefined): string {
    const place = this.layout.cells.get(ref);
    if (!place) throw new NotTranslatable(`${ref} is not a cell`);
    if (!place.series) return absolute(place.sheet, place.row, place.column);
    if (month === undefined) throw new NotTranslatable(`${ref} is a series read as one number`);
    return absolute(place.sheet, place.row, place.column + month - 1);
  }

  /** A series as a row range, months 1..upTo: its own row if it is one, else a helper row. */
  private rowRange(node: MathNode, upTo: number): string {
    const ref = this.refOf(node);
    const place = ref === undefined ? undefined : this.layout.cells.get(ref);
    if (place?.series) return absoluteRange(place.sheet, place.row, place.column, place.row, place.column + upTo - 1);
    return this.helpers(node, this.self, upTo);
  }

  private operator(node: OperatorNode, month: number | undefined): string {
    const args = node.args.map((arg) => this.node(arg, month));
    if (args.length === 1) {
      if (node.fn === 'unaryMinus') return `-${args[0]}`;
      if (node.fn === 'unaryPlus') return args[0]!;
      if (node.fn === 'not') return `NOT(${args[0]})`;
      throw new NotTranslatable(`operator ${node.op}`);
    }
    const binary = BINARY[node.fn];
    if (binary) return `${args[0]}${binary}${args[1]}`;
    const logical = LOGICAL[node.fn];
    if (logical) return `${logical}(${args[0]},${args[1]})`;
    if (node.fn === 'mod') return `MOD(${args[0]},${args[1]})`;
    throw new NotTranslatable(`operator ${node.op}`);
  }

  private call(node: FunctionNode, month: number | undefined): string {
    const name = node.fn.type === 'SymbolNode' ? functionNamed((node.fn as SymbolNode).name)?.name : undefined;
    if (name === undefined) throw new NotTranslatable('an unknown function');
    const args = node.args;
    const columns = args.map((arg) => this.columnRange(arg));
    if (columns.some((range) => range !== undefined) && COLUMN_FUNCTIONS[name]) {
      return `${COLUMN_FUNCTIONS[name]}(${args.map((arg, i) => columns[i] ?? this.node(arg, month)).join(',')})`;
    }
    const each = () => args.map((arg) => this.node(arg, month));
    if (POINTWISE[name]) return `${POINTWISE[name]}(${each().join(',')}${name === 'round' && args.length === 1 ? ',0' : ''})`;
    switch (name) {
      case 'ceil': return `-INT(-(${this.node(args[0]!, month)}))`;
      case 'floor': return `INT(${this.node(args[0]!, month)})`;
      case 'log': return args.length === 1 ? `LN(${this.node(args[0]!, month)})` : `LOG(${each().join(',')})`;
      case 'clamp': {
        const [x, low, high] = each();
        return `MIN(MAX(${x},${low}),${high})`;
      }
      case 'if': return `IF(${each().join(',')})`;
      case 'switch': return this.switchOf(args, month);
      case 'ifnone': {
        const [x, fallback] = each();
        return `IF(${x}="",${fallback},${x})`;
      }
      case 'isnone': return `(${this.node(args[0]!, month)}="")`;
      case 'isblank': return `(${this.node(args[0]!, month)}="")`;
      case 'lag': return this.lag(args, month);
      case 'at': return this.at(args[0]!, args[1]!, month);
      case 'first_month': return `IFERROR(MATCH(TRUE,${this.rowRange(args[0]!, this.layout.months)},0),"")`;
      case 'npv': return `NPV(${this.node(args[0]!, month)},${this.rowRange(args[1]!, this.layout.months)})`;
    }
    if (RUNNING[name]) {
      if (month === undefined) throw new NotTranslatable(`${name} outside a monthly cell`);
      return `${RUNNING[name]}(${this.rowRange(args[0]!, month)})`;
    }
    if (WHOLE_SERIES[name]) {
      // One argument is the whole series (every month); several are month by month.
      if (args.length === 1 && this.isSeries(args[0]!, month)) return `${WHOLE_SERIES[name]}(${this.rowRange(args[0]!, this.layout.months)})`;
      return `${WHOLE_SERIES[name]}(${each().join(',')})`;
    }
    throw new NotTranslatable(`${name} has no Excel form`);
  }

  /** A whole table column (`languages.share`) as its range, if the node is one. */
  private columnRange(node: MathNode): string | undefined {
    const ref = this.refOf(node);
    const column = ref === undefined || this.layout.cells.has(ref) ? undefined : this.layout.columns.get(ref);
    return column && absoluteRange(column.sheet, column.firstRow, column.column, column.lastRow, column.column);
  }

  /**
   * True when the node computes a series: it reads `t` or a series cell,
   * other than through a function that turns a series into one number.
   */
  private isSeries(node: MathNode, month: number | undefined): boolean {
    if (month !== undefined) return false;
    if (node.type === 'SymbolNode') return (node as SymbolNode).name === 't';
    const ref = this.refOf(node);
    if (ref !== undefined) return this.layout.cells.get(ref)?.series === true;
    if (node.type === 'AccessorNode') return false;
    if (node.type === 'FunctionNode') {
      const name = (node as FunctionNode).fn.type === 'SymbolNode' ? functionNamed(((node as FunctionNode).fn as SymbolNode).name)?.name : undefined;
      if (name === 'first_month' || name === 'npv' || name === 'at' || name === 'count') return false;
      if (name !== undefined && WHOLE_SERIES[name] && (node as FunctionNode).args.length === 1) return false;
    }
    let found = false;
    node.forEach((child) => {
      found ||= this.isSeries(child, month);
    });
    return found;
  }

  private lag(args: readonly MathNode[], month: number | undefined): string {
    if (month === undefined) throw new NotTranslatable('lag outside a monthly cell');
    const shift = args[1] === undefined ? 1 : (args[1] as ConstantNode).value;
    if (typeof shift !== 'number' || !Number.isInteger(shift) || shift < 0) throw new NotTranslatable('lag by a computed number of months');
    if (month - shift >= 1) return this.node(args[0]!, month - shift);
    return args[2] === undefined ? '0' : this.node(args[2], month);
  }

  private at(series: MathNode, index: MathNode, month: number | undefined): string {
    const constantMonth = index.type === 'ConstantNode' ? (index as ConstantNode).value : undefined;
    if (typeof constantMonth === 'number' && Number.isInteger(constantMonth) && constantMonth >= 1 && constantMonth <= this.layout.months) {
      return this.node(series, constantMonth);
    }
    return `INDEX(${this.rowRange(series, this.layout.months)},${this.node(index, month)})`;
  }

  private switchOf(args: readonly MathNode[], month: number | undefined): string {
    const key = this.node(args[0]!, month);
    const pairs = args.length - 1;
    let fallback = pairs % 2 === 1 ? this.node(args[args.length - 1]!, month) : 'NA()';
    for (let i = pairs % 2 === 1 ? args.length - 3 : args.length - 2; i >= 1; i -= 2) {
      fallback = `IF(${key}=${this.node(args[i]!, month)},${this.node(args[i + 1]!, month)},${fallback})`;
    }
    return fallback;
  }
}

function constant(node: ConstantNode): string {
  const value: unknown = node.value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return `"${value.replace(/"/g, '""')}"`;
  throw new NotTranslatable('a constant Excel has no form for');
}
