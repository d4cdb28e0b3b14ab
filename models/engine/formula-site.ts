import type { AccessorNode, ConditionalNode, ConstantNode, FunctionNode, IndexNode, MathNode, OperatorNode, ParenthesisNode, SymbolNode } from 'mathjs';
import { parseFormula } from './parse';
import type { Where } from './values';

/**
 * Where a node sits in its formula: the chain of child positions from the
 * root. Error messages quote the node's text, but keeping the syntax tree
 * alive for that would cost ~2 KB per formula, so the text is recovered on
 * demand by parsing the formula again and walking this path. A site is the
 * `Where` of the closures compiled at it: one small object per node, no
 * closure of its own, for every operator of every formula.
 */
export class Site implements Where {
  private text: string | undefined;

  private constructor(readonly body: string, readonly up: Site | undefined, readonly position: number, readonly depth: number) {}

  /** The site of a formula's root node. */
  static root(body: string): Site {
    return new Site(body, undefined, -1, 0);
  }

  /** The site of the `index`-th child (as numbered by {@link childrenOf}) of the node here. */
  child(index: number): Site {
    return new Site(this.body, this, index, this.depth + 1);
  }

  /** The formula text of the node here, shortened to 80 characters, produced only when asked for. */
  toString(): string {
    this.text ??= describe(this);
    return this.text;
  }
}

/** A node's children, in the order sites number them. */
export function childrenOf(node: MathNode): readonly MathNode[] {
  switch (node.type) {
    case 'ParenthesisNode': return [(node as ParenthesisNode).content];
    case 'OperatorNode': return (node as OperatorNode).args;
    case 'FunctionNode': return (node as FunctionNode).args;
    case 'ConditionalNode': {
      const c = node as ConditionalNode;
      return [c.condition, c.trueExpr, c.falseExpr];
    }
    case 'AccessorNode': {
      const a = node as AccessorNode;
      return [a.object, ...(a.index as IndexNode).dimensions];
    }
    default: return [];
  }
}

function describe(site: Site): string {
  const path: number[] = [];
  for (let s: Site | undefined = site; s && s.position >= 0; s = s.up) path.unshift(s.position);
  const tree = parseFormula(site.body);
  if (!('type' in tree)) return site.body;
  let node: MathNode = tree;
  for (const index of path) node = childrenOf(node)[index] ?? node;
  const text = node.toString();
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** `a.b.c` as ["a", "b", "c"], or undefined when the node is not a plain dotted name. */
export function dottedPath(node: MathNode): string[] | undefined {
  if (node.type === 'SymbolNode') return [(node as SymbolNode).name];
  if (node.type !== 'AccessorNode') return undefined;
  const accessor = node as AccessorNode;
  const index = accessor.index as IndexNode;
  if (!index.dotNotation || index.dimensions.length !== 1) return undefined;
  const key: unknown = (index.dimensions[0] as ConstantNode).value;
  const head = dottedPath(accessor.object);
  return head && typeof key === 'string' ? [...head, key] : undefined;
}

/** Why a kind of node cannot be used in a formula. */
export function unsupported(node: MathNode): string {
  const shown = node.toString().slice(0, 40);
  switch (node.type) {
    case 'AssignmentNode':
    case 'FunctionAssignmentNode': return 'a formula cannot assign or define anything; it only computes a value';
    case 'BlockNode': return 'a formula is one expression; separate statements with ; or newlines are not allowed';
    case 'ArrayNode':
    case 'RangeNode':
    case 'ObjectNode': return `"${shown}": arrays, ranges and objects are not supported in formulas`;
    case 'RelationalNode': return `"${shown}": chained comparisons are not supported; use and, e.g. a < b and b < c`;
    default: return `"${shown}" is not supported in formulas`;
  }
}
