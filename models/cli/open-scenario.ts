import { decodeFileText } from '../../shared/file-text';
import type { ScenarioFile } from '../../shared/scenario-schema';
import { loadScenario } from '../scenario';
import { referenceTemplate, type Template } from '../templates';
import { CliFailure, describeFsError, type CliIo } from './cli-io';

/** The text of FILE; a file that cannot be read, or is not UTF-8, fails with one line naming it. */
export function readScenarioText(path: string, io: CliIo): string {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    throw new CliFailure(`cannot read ${describeFsError(path, error)}`);
  }
  const decoded = decodeFileText(bytes);
  if (!decoded.ok) throw new CliFailure(`${path}: ${decoded.error}`);
  return decoded.text;
}

/**
 * Loads FILE, or the built-in reference template when no file is given (then
 * `template` says which). Invalid files fail with their first problem.
 */
export function openScenario(path: string | undefined, io: CliIo): { file: ScenarioFile; name: string; template?: Template } {
  const text = path === undefined ? referenceTemplate.text : readScenarioText(path, io);
  const name = path ?? `template:${referenceTemplate.id}`;
  const result = loadScenario(text);
  if (!result.ok) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more problem${result.errors.length > 2 ? 's' : ''}; run validate)` : '';
    throw new CliFailure(`${name}: ${result.errors[0]}${more}`);
  }
  return { file: result.file, name, template: path === undefined ? referenceTemplate : undefined };
}
