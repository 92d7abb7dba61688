/**
 * How a court is named after its division — the rules the directory generator applies and the
 * tests check (official names as printed on complaints):
 * - a district (区) of a prefecture-level city carries the city's name: 昆明市五华区人民法院;
 * - every division of a municipality carries the municipality's name: 北京市朝阳区人民法院, 重庆市城口县人民法院;
 * - a county-level city, a county, a banner or a division directly under the province stands alone:
 *   大理市人民法院, 宾川县人民法院, 仙桃市人民法院;
 * - intermediate courts are named after their prefecture (昆明市中级人民法院), high courts after their
 *   province (云南省高级人民法院).
 * Divisions whose court is named otherwise, or that have several courts or none, are listed as
 * deliberate exceptions in the directory (courts.json `exceptions`).
 */

/** The four municipalities directly under the central government (直辖市), by province code. */
export const municipalityCodes: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

/** Names the statistics use for a grouping that is not a real prefecture (市辖区, 县, 省直辖县级行政区划). */
export function isPlaceholderPrefecture(name: string): boolean {
  return name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');
}

/** The rule-based name of the basic court of a county-level division. */
export function basicCourtName(province: string, provinceCode: string, prefecture: string, county: string): string {
  if (municipalityCodes.has(provinceCode)) return `${province}${county}人民法院`;
  if (county.endsWith('区') && !isPlaceholderPrefecture(prefecture)) return `${prefecture}${county}人民法院`;
  return `${county}人民法院`;
}

/** The name of a prefecture's intermediate court. */
export function intermediateCourtName(prefecture: string): string {
  return `${prefecture}中级人民法院`;
}

/** The name of a province's high court. */
export function highCourtName(province: string): string {
  return `${province}高级人民法院`;
}
