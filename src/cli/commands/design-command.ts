import type { Command } from '../cli-io.js';

export const designCommand: Command = {
  name: 'design',
  summary: '',
  help: 'archway design',
  async run(_args, io) {
    io.stderr.write('archway design: not implemented yet\n');
    return 2;
  },
};
