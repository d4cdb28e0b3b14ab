import type { AccessorNode, ConditionalNode, ConstantNode, FunctionNode, IndexNode, MathNode, OperatorNode, ParenthesisNode, SymbolNode } from 'mathjs';
import { parseFormula } from './parse';
import type { Where } from './values';

/**
 * Where a node sits in its formula: the chain of child positions from the
 * root. Error messages quote the node's text, but keeping the syntax tree
 * alive for that would cost ~2 KB per formula, so the text is recovered on
 * demand by parsing the formula again and walking this path.
 */
export interface Site {
  readonly up: Site | undefined;
  readonly child: number;
  readonly depth: number;
}

/** The site of a formula's root node. */
export const ROOT_SITE: Site = { up: undefined, child: -1, depth: 0 };

/** The site of the `index`-th child (as numbered by {@link childrenOf}) of the node at `site`. */
export function childSite(site: Site, index: number): Site {
  return { up: site, child: index, depth: site.depth + 1 };
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

/** The formula text of the node at `site`, shortened to 80 characters, produced only when asked for. */
export function whereAt(body: string, site: Site): Where {
  let text: string | undefined;
  return {
    toString() {
      text ??= describe(body, site);
      return text;
    },
  };
}

function describe(body: string, site: Site): string {
  const path: number[] = [];
  for (let s: Site | undefined = site; s && s.child >= 0; s = s.up) path.unshift(s.child);
  const tree = parseFormula(body);
  if (!('type' in tree)) return body;
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
