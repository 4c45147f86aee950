import type { Command } from '../cli-io.js';

export const briefCommand: Command = {
  name: 'brief',
  summary: '',
  help: 'archway brief',
  async run(_args, io) {
    io.stderr.write('archway brief: not implemented yet\n');
    return 2;
  },
};
