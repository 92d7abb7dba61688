import type { CliCommand } from '../cli-command';

/**
 * `dossier bundle CASE_ID --out FILE.pdf`: builds the case's evidence bundle, files it among the case's
 * documents and copies it to FILE.pdf (later volumes beside it as FILE（第二册）.pdf, the names the
 * volumes' links use). Prints pages, size, volumes, and each exhibit's page range.
 */
export const bundleCommand: CliCommand = {
  words: ['bundle'],
  usage: [
    'dossier bundle CASE_ID --out FILE.pdf [--max-pages N] [--max-mb N] [--dpi N] [--order ID,ID,…] [--db FILE] [--json]',
    '    生成证据材料（封面、证据目录、隔页、连续页码、书签）；超过 --max-pages 页或 --max-mb MB 时分册',
    '    Build the evidence bundle (cover, index, dividers, page numbers, bookmarks); split into volumes above the limits',
  ].join('\n'),
  options: { out: { type: 'string' }, 'max-pages': { type: 'string' }, 'max-mb': { type: 'string' }, dpi: { type: 'string' }, order: { type: 'string' } },
  load: async () => (await import('../commands/bundle-commands')).runBundle,
};

/** The bundle-area commands. */
export const bundleCommands: CliCommand[] = [bundleCommand];
