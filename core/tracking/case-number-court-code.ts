/**
 * The 法院代字 of a court, where it follows from the court directory: 法〔2015〕137号 art. 5 numbers a
 * basic court with its province's abbreviation and the last four digits of the county-level division it
 * sits for (昆明市官渡区 530111 → 云0111). Intermediate, specialised and high courts have codes the
 * directory does not hold, and a division shared by several basic courts (东莞, 中山) gives each its own
 * code: for those the code is unknown and nothing is checked.
 */

/** The abbreviation of each province by the first two digits of its GB/T 2260 code. */
export const provinceAbbreviations: Readonly<Record<string, string>> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '蒙', '21': '辽', '22': '吉', '23': '黑', '31': '沪', '32': '苏',
  '33': '浙', '34': '皖', '35': '闽', '36': '赣', '37': '鲁', '41': '豫', '42': '鄂', '43': '湘', '44': '粤', '45': '桂',
  '46': '琼', '50': '渝', '51': '川', '52': '贵', '53': '云', '54': '藏', '61': '陕', '62': '甘', '63': '青', '64': '宁', '65': '新',
};

/** What the directory says about the court that accepted a case. */
export type DirectoryCourt = { level: 'basic' | 'intermediate' | 'high'; kind: string; divisionCode: string; towns: readonly string[] };

/** The basic court's 法院代字 (e.g. 云0111), or null when the directory cannot tell it. */
export function courtCodeOf(court: DirectoryCourt | null): string | null {
  if (!court || court.level !== 'basic' || court.kind !== 'general' || court.towns.length > 0) return null;
  if (!/^\d{6}$/.test(court.divisionCode)) return null;
  const province = provinceAbbreviations[court.divisionCode.slice(0, 2)];
  return province ? `${province}${court.divisionCode.slice(2)}` : null;
}
