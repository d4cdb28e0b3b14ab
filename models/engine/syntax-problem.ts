import { fillIn as fill } from '../../shared/fill-in';
import type { Lang } from '../../shared/lang';

/** The closing bracket mathjs asks for, and the one it closes. */
const OPENING: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** What is wrong with a formula's text, in each UI language. */
const WORDS = {
  en: {
    syntax: 'syntax error: {problem}',
    unclosed: 'a “{open}” is not closed: “{close}” is missing',
    endsTooSoon: 'the formula ends too soon: something is missing after “{tail}”',
    incomplete: 'the formula is incomplete',
    valueMissing: 'a value is missing before “{next}”',
    notAfter: '“{part}” does not belong after “{tail}”',
    operatorMissing: ' (an operator is missing between them)',
    unclosedText: 'a text in quotes is not closed: a “"” is missing',
    cannotHold: '“{part}” is not something a formula can hold',
    tooLong: 'the formula is {n} characters long; the limit is {max}',
    empty: 'the formula is empty',
    tooDeep: 'the formula nests brackets more than {max} levels deep',
  },
  zh: {
    syntax: '公式有误：{problem}',
    unclosed: '“{open}”没有闭合：缺少“{close}”',
    endsTooSoon: '“{tail}”之后还缺少内容',
    incomplete: '公式不完整',
    valueMissing: '“{next}”之前缺少一个值',
    notAfter: '“{part}”不能紧跟在“{tail}”之后',
    operatorMissing: '（两者之间缺少运算符）',
    unclosedText: '引号中的文本没有闭合：缺少“"”',
    cannotHold: '“{part}”不能出现在公式中',
    tooLong: '公式长 {n} 个字符，上限为 {max}',
    empty: '公式为空',
    tooDeep: '公式的括号嵌套超过 {max} 层',
  },
} as const;

/** A limit a formula's text breaks, in words. */
export function limitProblem(kind: 'tooLong' | 'empty' | 'tooDeep', values: Readonly<Record<string, number>>, lang: Lang): string {
  return fill(WORDS[lang][kind], values);
}

/**
 * The parser's complaint in words a spreadsheet user reads, quoting the
 * formula rather than counting characters ("Value expected (char 5)" says
 * little to someone who typed "=1 + * 2").
 */
export function syntaxProblem(message: string, body: string, lang: Lang): string {
  const words = WORDS[lang];
  const at = Number(/\(char (\d+)\)$/.exec(message)?.[1] ?? 0) - 1;
  const before = body.slice(0, Math.max(at, 0)).trimEnd();
  const tail = before.length > 24 ? `…${before.slice(-24)}` : before;
  const say = (template: string, values: Readonly<Record<string, string>> = {}) => fill(words.syntax, { problem: fill(template, values) });
  const bracket = /^Parenthesis (\S) expected/.exec(message)?.[1];
  if (bracket) return say(words.unclosed, { open: OPENING[bracket] ?? bracket, close: bracket });
  if (message.startsWith('Unexpected end of expression')) return tail ? say(words.endsTooSoon, { tail }) : say(words.incomplete);
  if (message.startsWith('Value expected')) return say(words.valueMissing, { next: body.slice(at).trim().slice(0, 12) });
  const unexpected = /^Unexpected (?:operator|part) "?(.+?)"? \(char \d+\)$/.exec(message)?.[1];
  if (unexpected) return say(`${words.notAfter}${/^[\w.]/.test(unexpected) ? words.operatorMissing : ''}`, { part: unexpected, tail });
  if (message.startsWith('End of string')) return say(words.unclosedText);
  const part = /^Syntax error in part "(.+)"/.exec(message)?.[1];
  if (part) return say(words.cannotHold, { part });
  return say(message.replace(/[{}]/g, ''));
}
