/** UI text of the shared components (drop zone, date field, confirmations). */
export const componentsTextZh = {
  'dropZone.drop': '将文件拖到此处，或',
  'dropZone.choose': '选择文件',
  'dropZone.chosen': '已选择：{name}',
  'dropZone.chosenMany': '{count} 个文件',
  'dropZone.refused': '不能使用此类文件：{name}',
  'dateField.invalid': '请按“年-月-日”填写一个存在的日期，如 2026-12-01',
  'dateField.required': '请填写日期（年-月-日）',
  'dateField.outOfRange': '日期应在 {min} 至 {max} 之间',
  'dateField.calendar': '打开日历',
  'confirm.deleteTitle': '确认删除',
  'confirm.delete': '删除',
  'confirm.replaceTitle': '确认替换',
  'confirm.replace': '替换',
  'saved.toast': '已保存',
  'deleted.toast': '已删除',
};

/** The same text in English. */
export const componentsTextEn: Record<keyof typeof componentsTextZh, string> = {
  'dropZone.drop': 'Drop a file here, or',
  'dropZone.choose': 'Choose file',
  'dropZone.chosen': 'Chosen: {name}',
  'dropZone.chosenMany': '{count} files',
  'dropZone.refused': 'This kind of file cannot be used: {name}',
  'dateField.invalid': 'Enter a real date as year-month-day, e.g. 2026-12-01',
  'dateField.required': 'Enter a date (year-month-day)',
  'dateField.outOfRange': 'The date must lie between {min} and {max}',
  'dateField.calendar': 'Open calendar',
  'confirm.deleteTitle': 'Confirm deletion',
  'confirm.delete': 'Delete',
  'confirm.replaceTitle': 'Confirm replacement',
  'confirm.replace': 'Replace',
  'saved.toast': 'Saved',
  'deleted.toast': 'Deleted',
};
