import type { CliCommand } from '../cli-command';

/** `dossier doc CASE_ID --template ID|all --format docx,pdf --out DIR [--inputs FILE] [--template-version V]`. */
export const docCommand: CliCommand = {
  words: ['doc'],
  usage: [
    'dossier doc CASE_ID --template complaint --format docx,pdf --out DIR [--inputs FILE] [--template-version V] [--db FILE] [--json]',
    '    为案件生成文书；--template all 生成全套文书；--inputs 为和解方案、执行依据等 JSON',
    '    Generate a document (or, with --template all, the whole filing set); --inputs: JSON of entered facts',
  ].join('\n'),
  options: { template: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, inputs: { type: 'string' }, 'template-version': { type: 'string' } },
  load: async () => (await import('../commands/document-commands')).runDoc,
};

/** `dossier templates`. */
export const templatesCommand: CliCommand = {
  words: ['templates'],
  usage: 'dossier templates [--json]\n    列出文书模板 / List document templates',
  load: async () => (await import('../commands/document-commands')).runTemplates,
};

/**
 * `dossier demo --out DIR [--db FILE]`: a fresh database with three fictional cases, each complaint in DIR and the
 * rest of each case's filing set in DIR/filing-set/case-N.
 */
export const demoCommand: CliCommand = {
  words: ['demo'],
  usage: 'dossier demo --out DIR [--db FILE] [--json]\n    创建含三个虚构案件的演示数据库，将每案的民事起诉状（DOCX、PDF）写入 DIR，全套文书写入 DIR/filing-set\n    Create a demo database with three fictional cases; each complaint goes to DIR, the whole filing set to DIR/filing-set',
  options: { out: { type: 'string' } },
  load: async () => (await import('../commands/document-commands')).runDemo,
};

/** `dossier case list`. */
export const caseListCommand: CliCommand = {
  words: ['case', 'list'],
  usage: `dossier case list [--db FILE] [--stage 阶段[,阶段]] [--court 法院] [--branch 分行] [--owner 经办人] [--search 文本]
  [--sort 列[:asc|desc]] [--archived no|only|all] [--limit N] [--json]
    列出案件（阶段取自案件跟踪；默认不含已归档、按更新时间倒序）/ List cases (stage from tracking; archived hidden, newest activity first)
    --search：姓名、姓名拼音首字母、身份证号、卡号或卡号后四位、案号 / name, pinyin initials, resident ID, card number or its last 4, 案号
    --sort 列：编号 被告 身份证号 卡号 分行 法院 案号 阶段 诉请金额 下一期限 立案检查 经办人 更新时间 创建时间
      / column: id defendant identity card branch court number stage claim deadline readiness owner updated created`,
  options: {
    stage: { type: 'string' }, court: { type: 'string' }, branch: { type: 'string' }, owner: { type: 'string' }, search: { type: 'string' },
    sort: { type: 'string' }, archived: { type: 'string' }, limit: { type: 'string' },
  },
  load: async () => (await import('../commands/case-commands')).runCaseList,
};

/** `dossier serve`: the loopback bridge for browser tests and development; runs until interrupted. */
export const serveCommand: CliCommand = {
  words: ['serve'],
  usage: 'dossier serve [--db FILE] [--port N]\n    在本机回环地址上启动测试桥，供浏览器测试与开发使用 / Start the loopback test bridge',
  options: { port: { type: 'string' } },
  // An encrypted store is unlocked in the page, as in the app, not at the terminal.
  ownPassphrase: true,
  load: async () => (await import('../commands/serve-command')).runServe,
};
