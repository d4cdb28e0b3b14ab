import type { ScenarioFile } from '../../shared/scenario-schema';
import { loadScenario } from '../scenario';
import { referenceTemplate } from '../templates';
import { CliFailure, describeFsError, type CliIo } from './cli-io';

/** Loads FILE, or the built-in reference template when no file is given. Invalid files fail with their first problem. */
export function openScenario(path: string | undefined, io: CliIo): { file: ScenarioFile; name: string } {
  let text: string;
  try {
    text = path === undefined ? referenceTemplate.text : io.readText(path);
  } catch (error) {
    throw new CliFailure(`cannot read ${describeFsError(path ?? '', error)}`);
  }
  const name = path ?? `template:${referenceTemplate.id}`;
  const result = loadScenario(text);
  if (!result.ok) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more problem${result.errors.length > 2 ? 's' : ''}; run validate)` : '';
    throw new CliFailure(`${name}: ${result.errors[0]}${more}`);
  }
  return { file: result.file, name };
}
