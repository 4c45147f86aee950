import { stringify } from 'yaml';
import { designFromBrief, readBrief } from '../../index.js';
import type { InputFile, RenderedFile, UnderstoodBrief } from '../../index.js';

/** The design core as the server uses it; injectable so a test can stand in a failing or slow one. */
export interface Generator {
  /** Reads the inputs (plus the answers to earlier questions) into an understood brief. */
  understand(inputs: readonly InputFile[], answers: Readonly<Record<string, string>>): Promise<UnderstoodBrief>;
  /** Designs the package from an understood brief. */
  render(understood: UnderstoodBrief): Promise<readonly RenderedFile[]>;
}

/** The answers travel as one more brief input, so the brief stage applies them like any stated fact. */
export const ANSWERS_INPUT = 'archway-answers.yaml';

export function withAnswers(inputs: readonly InputFile[], answers: Readonly<Record<string, string>>): InputFile[] {
  const list = inputs.filter((i) => i.path !== ANSWERS_INPUT);
  if (Object.keys(answers).length === 0) return list;
  const sorted = Object.fromEntries(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));
  return [...list, { path: ANSWERS_INPUT, content: stringify({ answers: sorted }) }];
}

/** The library's pipeline: `readBrief` then `designFromBrief` (the same functions the CLI runs). */
export const libraryGenerator: Generator = {
  async understand(inputs, answers) {
    return readBrief(withAnswers(inputs, answers));
  },
  async render(understood) {
    return designFromBrief(understood).files;
  },
};


