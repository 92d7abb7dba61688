/** The text of `dossier --help`. */
export const usage = `卷宗 Dossier — 信用卡纠纷诉讼文书工具 / credit-card litigation paperwork

用法 Usage:
  dossier demo --out DIR [--db FILE]
      创建含三个虚构案件的演示数据库，并将每案的民事起诉状（DOCX、PDF）写入 DIR
      Create a demo database with three fictional cases and write each complaint to DIR
  dossier doc CASE_ID --template complaint --format docx,pdf --out DIR [--db FILE] [--json]
      为案件生成文书 / Generate a document for a case
  dossier case list [--db FILE] [--json]
      列出案件 / List cases
  dossier templates [--json]
      列出文书模板 / List document templates
  dossier serve [--db FILE] [--port N]
      在本机回环地址上启动测试桥，供浏览器测试与开发使用 / Start the loopback test bridge

通用选项 Options:
  --db FILE        数据库文件（默认：用户数据文件夹中的 dossier.sqlite）/ database file
  --data-dir DIR   数据文件夹（默认：--db 所在文件夹或用户数据文件夹）/ data folder
  --json           以 JSON 输出 / print JSON
  -h, --help       显示本帮助 / show this help
`;
