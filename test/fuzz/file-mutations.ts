/**
 * Seeded mutations of a scenario file, for fuzzing everything that reads one.
 * Each file is reproducible from (seed, index) alone. The mutations are the
 * ways files go wrong in the wild and in hostile hands: cut short, nested
 * thousands deep, wrong types, other encodings and broken bytes, huge values,
 * prototype-polluting keys, and plain byte noise.
 */

/** A mutated file: its bytes, and the mutations applied, to reproduce a failure. */
export interface MutatedFile {
  readonly bytes: Uint8Array;
  readonly mutations: readonly string[];
}

type Random = () => number;

/** mulberry32: small, fast, and the same everywhere. */
function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, below: number) => Math.floor(random() * below);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Place = { parent: Json[] | { [key: string]: Json }; key: number | string };

/** Every place in a JSON value (array elements and object fields), found without recursion. */
function places(root: Json): Place[] {
  const found: Place[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const value = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const entries: Array<[number | string, Json]> = Array.isArray(value) ? value.map((child, i) => [i, child]) : Object.entries(value);
    for (const [key, child] of entries) {
      found.push({ parent: value, key });
      stack.push(child);
    }
  }
  return found;
}

const valueAt = (place: Place) => (place.parent as Record<string, Json>)[place.key as string];
const setAt = (place: Place, value: Json) => void ((place.parent as Record<string, Json>)[place.key as string] = value);

const objectsIn = (root: Json) => [root, ...places(root).map(valueAt)]
  .filter((v): v is { [key: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v));

const RAW = '__FUZZ_RAW__';
const RAW_KEY = '__FUZZ_KEY__';
const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** JSON text with raw text where the placeholders were (so the text can say what JSON.stringify cannot). */
function render(root: Json, raws: string[], random: Random): string {
  let text = JSON.stringify(root, null, random() < 0.5 ? 2 : undefined);
  for (const raw of raws) {
    text = text.replace(new RegExp(`"${RAW_KEY}":\\s*"${RAW}"`), () => raw).replace(`"${RAW}"`, () => raw);
  }
  return text;
}

function deepText(random: Random): string {
  const depth = pick(random, [65, 500, 5_000, 50_000, 200_000]);
  const closed = random() < 0.5;
  switch (int(random, 3)) {
    case 0: return '['.repeat(depth) + (closed ? ']'.repeat(depth) : '');
    case 1: return '{"a":'.repeat(depth) + '1' + (closed ? '}'.repeat(depth) : '');
    default: return '[{"x":'.repeat(depth) + '[]' + (closed ? '}]'.repeat(depth) : '');
  }
}

function hugeText(random: Random): string {
  const options = [
    () => '1e308', () => '-1e308', () => '5e-324', () => '1e400', () => '-0', () => '9007199254740993',
    () => JSON.stringify('x'.repeat(1_000_000)),
    () => JSON.stringify(`=${'1+'.repeat(5_000)}1`),
    () => JSON.stringify(`=${'('.repeat(300)}1${')'.repeat(300)}`),
    () => JSON.stringify(`=concat(${Array.from({ length: 200 }, () => '"abcdefghij"').join(',')})`),
    () => '"\\ud800\\u0000\\u001b[31m\\u2028"',
    () => JSON.stringify(`line one\nline two\r\n\u001b[2Jcleared`),
    () => `[${new Array(100_000).fill(0).join(',')}]`,
    () => `{${Array.from({ length: 10_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`,
  ];
  return pick(random, options)();
}

function otherValue(random: Random): Json {
  return pick<() => Json>(random, [
    () => null, () => true, () => 0, () => -1, () => 1.5, () => '', () => 'text', () => '=1/0', () => '=unknown.ref',
    () => [], () => [1, 'a'], () => ({}), () => ({ en: 1 }), () => pick(random, PROTO_NAMES), () => 'Not_Snake Case',
  ])();
}

/** Mutations that mostly keep the file loadable, so the engine and validate's report get exercised too. */
const soft: Record<string, (root: Json, random: Random) => void> = {
  'changed number': (root, random) => {
    const numbers = places(root).filter((p) => typeof valueAt(p) === 'number');
    setAt(pick(random, numbers), pick(random, [0, -1, 1, 0.5, 1e15, 1e308, -1e308, 5e-324, 1200, 1201, 1e9, 2 ** 53 + 2]));
  },
  'changed formula': (root, random) => {
    const formulas = places(root).filter((p) => typeof valueAt(p) === 'string' && (valueAt(p) as string).startsWith('='));
    const refs = formulas.flatMap((p) => (valueAt(p) as string).match(/[a-z_]+\.[a-z0-9_]+(\.[a-z0-9_]+)?/g) ?? []);
    const place = pick(random, formulas);
    const formula = valueAt(place) as string;
    setAt(place, pick(random, [
      () => formula.replace(/[a-z_]+\.[a-z0-9_]+(\.[a-z0-9_]+)?/, pick(random, refs)),
      () => `${formula}${pick(random, [' +', ' / 0', ' * "text"', ')', ' + none', ' and true', '.x'])}`,
      () => `=${pick(random, ['sum', 'max', 'cumsum', 'lag', 'if', 'first_month', 'concat', 'nope'])}(${formula.slice(1)})`,
      () => `=${formula}`,
      () => formula.slice(0, 1 + int(random, formula.length)),
    ])());
  },
};

/** Mutations of the parsed template; each may leave raw text to splice in. */
const structural: Record<string, (root: Json, random: Random, raws: string[]) => void> = {
  'deep nesting': (root, random, raws) => {
    setAt(pick(random, places(root)), RAW);
    raws.push(deepText(random));
  },
  'wrong type': (root, random) => {
    for (let n = 1 + int(random, 3); n > 0; n--) setAt(pick(random, places(root)), otherValue(random));
  },
  'missing field': (root, random) => {
    const object = pick(random, objectsIn(root).filter((o) => Object.keys(o).length > 0));
    delete object[pick(random, Object.keys(object))];
  },
  'huge value': (root, random, raws) => {
    setAt(pick(random, places(root)), RAW);
    raws.push(hugeText(random));
  },
  'prototype key': (root, random, raws) => {
    const object = pick(random, objectsIn(root));
    object[RAW_KEY] = RAW;
    const name = pick(random, PROTO_NAMES);
    raws.push(`${JSON.stringify(name)}: ${pick(random, ['{"polluted": true}', '{"prototype": {"polluted": true}}', '1', 'null', '"x"', '[]'])}`);
  },
  'odd name': (root, random) => {
    const object = pick(random, objectsIn(root));
    object[pick(random, ['line\nbreak', '\u001b[2Jescape', 'tab\there', '', ' ', 'é', '名字', 'x'.repeat(100_000)])] = otherValue(random);
  },
  'prototype name': (root, random) => {
    setAt(pick(random, places(root).filter((p) => typeof valueAt(p) === 'string')), pick(random, PROTO_NAMES));
  },
  'duplicated entries': (root, random) => {
    const arrays = places(root).map(valueAt).filter((v): v is Json[] => Array.isArray(v) && v.length > 0);
    const array = pick(random, arrays);
    array.push(...array.slice(0, 1 + int(random, array.length)).map((item) => structuredClone(item)));
  },
};

/** Mutations of the file's text. */
const textual: Record<string, (text: string, random: Random) => string> = {
  truncation: (text, random) => text.slice(0, int(random, text.length)),
  'byte noise': (text, random) => {
    let out = text;
    for (let n = 1 + int(random, 8); n > 0; n--) {
      const at = int(random, out.length);
      out = pick(random, [
        () => out.slice(0, at) + pick(random, ['{', '}', '[', ']', ',', ':', '"', '\\', '/*', '//', 'NaN', '\u0000', '\t', ' ']) + out.slice(at),
        () => out.slice(0, at) + out.slice(at + 1 + int(random, 50)),
        () => out.slice(0, at) + out.slice(at, at + int(random, 200)) + out.slice(at),
      ])();
    }
    return out;
  },
  'empty or blank': (_text, random) => pick(random, ['', ' ', '\n\n', '\uFEFF', 'null', '[]', '{}', '"tokencast"', '0']),
  'trailing garbage': (text, random) => text + pick(random, ['}', ',', '{}', 'x', '\u0000', '\n// end']),
};

/** Mutations of the file's bytes (after the text is UTF-8). */
const encodings: Record<string, (bytes: Uint8Array, random: Random) => Uint8Array> = {
  'UTF-16 LE with BOM': (bytes) => concat([0xff, 0xfe], Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf16le')),
  'UTF-16 BE with BOM': (bytes) => concat([0xfe, 0xff], Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf16le').swap16()),
  'UTF-16 LE without BOM': (bytes) => concat([], Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf16le')),
  'UTF-8 BOM': (bytes) => concat([0xef, 0xbb, 0xbf], bytes),
  'Latin-1': (bytes) => concat([], Buffer.from(Buffer.from(bytes).toString('utf8'), 'latin1')),
  'invalid UTF-8 bytes': (bytes, random) => {
    const out = Array.from(bytes);
    for (let n = 1 + int(random, 3); n > 0; n--) out.splice(int(random, out.length + 1), 0, ...pick(random, [[0xff], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe8, 0xae], [0xf5, 0x80, 0x80, 0x80]]));
    return Uint8Array.from(out);
  },
  'cut inside a character': (bytes, random) => {
    const multi = bytes.findIndex((b, i) => b >= 0xe0 && i > int(random, bytes.length));
    return multi > 0 ? bytes.slice(0, multi + 1) : bytes.slice(0, -1);
  },
};

function concat(prefix: number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix);
  out.set(body, prefix.length);
  return out;
}

/** The `index`-th mutation of `template` for `seed`: one to three mutations of its structure, text or bytes. */
export function mutateFile(template: string, seed: number, index: number): MutatedFile {
  const random = seeded((seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0);
  const mutations: string[] = [];
  const root = JSON.parse(template) as Json;
  const raws: string[] = [];
  if (random() < 0.25) {
    for (let n = 1 + int(random, 3); n > 0; n--) {
      const name = pick(random, Object.keys(soft));
      soft[name]!(root, random);
      mutations.push(name);
    }
    return { bytes: new TextEncoder().encode(JSON.stringify(root, null, 2)), mutations };
  }
  const structuralNames = Object.keys(structural);
  for (let n = random() < 0.7 ? 1 + int(random, 2) : 0; n > 0; n--) {
    const name = pick(random, structuralNames);
    structural[name]!(root, random, raws);
    mutations.push(name);
  }
  let text = mutations.length > 0 ? render(root, raws, random) : template;
  if (random() < 0.3 || mutations.length === 0) {
    const name = pick(random, Object.keys(textual));
    text = textual[name]!(text, random);
    mutations.push(name);
  }
  let bytes: Uint8Array = new TextEncoder().encode(text);
  if (random() < 0.2) {
    const name = pick(random, Object.keys(encodings));
    bytes = encodings[name]!(bytes, random);
    mutations.push(name);
  }
  return { bytes, mutations };
}
