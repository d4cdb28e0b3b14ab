import { loadScenario, serializeScenarioFile, toScenarioFile } from '../scenario';
import { referenceTemplate } from '../templates';
import { CliFailure, describeFsError, type CliIo } from './cli-io';

/** Writes the reference template to a new file, stamped with the current time. */
export function newCommand(path: string, force: boolean, io: CliIo): number {
  const template = loadScenario(referenceTemplate.text);
  if (!template.ok) throw new CliFailure(`the built-in template is damaged: ${template.errors[0]}`);
  try {
    io.writeText(path, serializeScenarioFile(toScenarioFile(template.file.scenario, io.now())), force);
  } catch (error) {
    const exists = (error as { code?: string }).code === 'EEXIST';
    throw new CliFailure(`cannot write ${describeFsError(path, error)}${exists ? ' (use --force to overwrite)' : ''}`);
  }
  io.out(`wrote ${path}\n`);
  return 0;
}
