import referenceText from './reference.tokencast?raw';

/** A scenario template that ships with the app. */
export interface Template {
  /** Stable id, also the file's base name. */
  readonly id: string;
  /** The `.tokencast` file text, loaded like any user file. */
  readonly text: string;
}

/** The reference AI cost model of model-spec.md: the default scenario. */
export const referenceTemplate: Template = { id: 'reference', text: referenceText };
