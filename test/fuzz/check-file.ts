import { main } from '../../models/cli/main';
import { loadScenario } from '../../models/scenario';
import { decodeFileText } from '../../shared/file-text';
import { memoryIo } from '../models/cli/memory-io';

/** How a file fared: what loading said, the exit code of `validate`, and anything that was not a clean outcome. */
export interface FileOutcome {
  readonly load: 'loaded' | 'refused' | 'not UTF-8';
  readonly exitCode: number | undefined;
  readonly problems: readonly string[];
}

const FILE = 'fuzz.tokencast';
const firstLine = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!.slice(0, 300);

/**
 * Reads a file the way the app and the CLI do, and lists every outcome that
 * is not clean: loadScenario must return the file or messages (one line each,
 * short); `tokencast validate` must exit 0, 1 or 2 without throwing, with only
 * one-line messages on stderr, nothing on stdout when it exits 2, and agree
 * with loadScenario on whether the file opens.
 */
export async function checkFile(bytes: Uint8Array): Promise<FileOutcome> {
  const problems: string[] = [];
  const decoded = decodeFileText(bytes);
  let load: FileOutcome['load'] = 'not UTF-8';
  if (decoded.ok) {
    try {
      const result = loadScenario(decoded.text);
      load = result.ok ? 'loaded' : 'refused';
      if (!result.ok) {
        if (result.errors.length === 0) problems.push('loadScenario refused the file without a reason');
        for (const error of result.errors) {
          if (error === '' || /[\r\n]/.test(error) || error.length > 400) problems.push(`loadScenario gave a message that is empty, several lines or too long: ${JSON.stringify(error.slice(0, 200))}`);
        }
      }
    } catch (error) {
      problems.push(`loadScenario threw ${firstLine(error)}`);
    }
  }
  const io = memoryIo({ [FILE]: bytes });
  let exitCode: number | undefined;
  try {
    exitCode = await main(['validate', FILE], io);
  } catch (error) {
    problems.push(`validate threw ${firstLine(error)}`);
  }
  if (exitCode !== undefined) {
    if (![0, 1, 2].includes(exitCode)) problems.push(`validate exited ${exitCode}`);
    const stderr = io.errors.join('');
    const lines = stderr.split('\n').slice(0, -1);
    if (stderr !== '' && !stderr.endsWith('\n')) problems.push('validate left stderr without a final line break');
    for (const line of lines) {
      if (!line.startsWith('tokencast: ') && !line.startsWith(`${FILE}: `)) problems.push(`validate wrote a stray line on stderr: ${JSON.stringify(line.slice(0, 200))}`);
    }
    if (exitCode === 2 && (io.writes.length > 0 || lines.length === 0)) problems.push('validate exited 2 without one message on stderr, or with output on stdout');
    if (load === 'not UTF-8' && lines.length !== 1) problems.push(`an undecodable file got ${lines.length} lines on stderr, not one`);
    if ((load === 'loaded') !== (exitCode === 0 || exitCode === 1)) problems.push(`loadScenario said ${load} but validate exited ${exitCode}`);
  }
  return { load, exitCode, problems };
}
