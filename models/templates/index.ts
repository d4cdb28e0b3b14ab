import type { Lang } from '../../shared/lang';
import referenceText from './reference.tokencast?raw';

/** A scenario template that ships with the app. */
export interface Template {
  /** Stable id, also the file's base name. */
  readonly id: string;
  /** The `.tokencast` file text, loaded like any user file. */
  readonly text: string;
  /** Its name in each language; the file's scenario name is the English one. */
  readonly title: { readonly en: string; readonly zh: string };
}

/** The reference AI cost model of model-spec.md: the default scenario. */
export const referenceTemplate: Template = { id: 'reference', text: referenceText, title: { en: 'Reference AI cost model', zh: '参考 AI 成本模型' } };

const TEMPLATES: readonly Template[] = [referenceTemplate];

/**
 * The name a scenario shows to a reader of `lang`: while it still bears a
 * built-in template's name, which we wrote and the user did not, that
 * template's title in the reader's language; otherwise the name as typed.
 */
export function scenarioTitle(name: string, lang: Lang): string {
  return TEMPLATES.find((template) => template.title.en === name)?.title[lang] ?? name;
}

/** Where a file name would go, for a document that is a built-in template and no file: "Built-in template “…”". */
export function templateOrigin(template: Template, lang: Lang): string {
  return lang === 'zh' ? `内置模板「${template.title.zh}」` : `Built-in template “${template.title.en}”`;
}
