import type { Command } from '../cli-io.js';

export const initCommand: Command = {
  name: 'init',
  summary: '',
  help: 'archway init',
  async run(_args, io) {
    io.stderr.write('archway init: not implemented yet\n');
    return 2;
  },
};
