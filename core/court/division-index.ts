/**
 * Finds the GB/T 2260 division an address lies in by matching the directory's province, prefecture
 * and county names in the text (province + city + county), so a defendant's 户籍地 maps to a basic
 * court. The user can always correct the result: addresses are free text and some names repeat.
 */
import type { Division } from './court-model';

/** What matching an address found. */
export type DivisionMatch = {
  /** The most precise code found: a county (basic court), else a prefecture or province; '' if nothing matched. */
  code: string;
  level: Division['level'] | null;
  /** Province › prefecture › county names of the match. */
  path: string;
  /** Counties that match equally well when the text does not say which one is meant. */
  ambiguous: { code: string; path: string }[];
};

/** Ethnic names that open the ethnic part of an autonomous area's name (大理白族自治州 → 大理). */
const ETHNIC_ROOTS = [
  '蒙古', '回族', '藏族', '维吾尔', '苗族', '彝族', '壮族', '布依', '朝鲜', '满族', '侗族', '瑶族', '白族', '土家',
  '哈尼', '哈萨克', '傣族', '黎族', '傈僳', '佤族', '畲族', '拉祜', '水族', '东乡族', '纳西', '景颇', '柯尔克孜',
  '土族', '达斡尔', '仫佬', '羌族', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒族',
  '鄂温克', '德昂', '保安', '裕固', '独龙', '鄂伦春', '各族', '积石山',
];

const PROVINCE_SUFFIXES = ['壮族自治区', '回族自治区', '维吾尔自治区', '自治区', '特别行政区', '省', '市'];

/** The short forms people write for a division's name, longest first. */
export function divisionAliases(division: Division): string[] {
  const { name } = division;
  const aliases = new Set([name]);
  if (division.level === 'province') {
    for (const suffix of PROVINCE_SUFFIXES) if (name.endsWith(suffix) && name.length > suffix.length + 1) aliases.add(name.slice(0, -suffix.length));
  }
  const autonomous = /自治(州|县|旗)$/.exec(name);
  if (autonomous) {
    const unit = autonomous[1] ?? '';
    const cut = Math.min(...ETHNIC_ROOTS.map((root) => name.indexOf(root, 2)).filter((i) => i >= 2), name.length - 3);
    const stem = name.slice(0, cut);
    if (stem.length >= 2) {
      aliases.add(stem + unit);
      if (division.level === 'prefecture') aliases.add(stem);
    }
  } else if (division.level === 'prefecture') {
    for (const suffix of ['地区', '市', '盟']) if (name.endsWith(suffix) && name.length > suffix.length + 1) aliases.add(name.slice(0, -suffix.length));
  }
  return [...aliases].sort((a, b) => b.length - a.length);
}

type Entry = { division: Division; aliases: string[] };

/** An index over the divisions for address matching and display paths. */
export function buildDivisionIndex(divisions: readonly Division[]) {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const entries = (level: Division['level']): Entry[] =>
    divisions.filter((d) => d.level === level).map((division) => ({ division, aliases: divisionAliases(division) }));
  const provinces = entries('province');
  const prefectures = entries('prefecture');
  const counties = entries('county');

  function pathOf(code: string): string {
    const names: string[] = [];
    for (let d = byCode.get(code), depth = 0; d && depth < 3; d = d.parentCode ? byCode.get(d.parentCode) : undefined, depth++) {
      // Statistical groupings (市辖区, 县, 省直辖县级行政区划) are not part of a postal address.
      if (!/^(市辖区|县)$|直辖县级行政区划$/.test(d.name)) names.unshift(d.name);
    }
    return names.join(' › ');
  }

  function provinceOf(code: string): string {
    return code.slice(0, 2) + '0000';
  }

  /** The longest alias of an entry found at `pos` (or anywhere from pos when `anywhere`). */
  function find(candidates: Entry[], text: string, pos: number, anywhere: boolean) {
    let best: { entry: Entry; at: number; end: number }[] = [];
    for (const entry of candidates) {
      for (const alias of entry.aliases) {
        const at = anywhere ? text.indexOf(alias, pos) : text.startsWith(alias, pos) ? pos : -1;
        if (at < 0) continue;
        // A short form that runs on into 区/县/旗 is the start of a county's name (朝阳 + 区), not this division.
        if (alias !== entry.division.name && /[区县旗]/.test(text[at + alias.length] ?? '')) continue;
        const candidate = { entry, at, end: at + alias.length };
        const first = best[0];
        // Earliest position wins, then the longest alias; equal matches are kept as ambiguous.
        if (!first || at < first.at || (at === first.at && candidate.end > first.end)) best = [candidate];
        else if (at === first.at && candidate.end === first.end && first.entry !== entry) best.push(candidate);
        break;
      }
    }
    return best;
  }

  function match(address: string): DivisionMatch {
    const text = address.replace(/[\s\u3000]/g, '');
    if (text === '') return { code: '', level: null, path: '', ambiguous: [] };
    const result = matchText(text, true);
    // A leading name that is also a province's short form (海南藏族自治州 → 海南) may be a prefecture's.
    if (result.level === 'province') {
      const retry = matchText(text, false);
      if (retry.level === 'county' || retry.level === 'prefecture') return retry;
    }
    return result;
  }

  function matchText(text: string, withProvince: boolean): DivisionMatch {
    const none: DivisionMatch = { code: '', level: null, path: '', ambiguous: [] };
    const province = withProvince ? find(provinces, text, 0, false)[0] : undefined;
    let pos = province?.end ?? 0;
    const inProvince = (e: Entry) => !province || provinceOf(e.division.code) === province.entry.division.code;
    const prefecture = find(prefectures.filter(inProvince), text, pos, false)[0];
    if (prefecture) pos = prefecture.end;
    const inPrefecture = (e: Entry) => (prefecture ? e.division.parentCode === prefecture.entry.division.code : inProvince(e));
    let county = find(counties.filter(inPrefecture), text, pos, false);
    if (county.length === 0) county = find(counties.filter(inPrefecture), text, pos, true);
    if (county.length === 0 && !province && !prefecture) {
      // No province or city named: a city name may follow (昆明市五华区…) — search all prefectures.
      const city = find(prefectures, text, 0, true)[0];
      if (city) {
        const inCity = counties.filter((e) => e.division.parentCode === city.entry.division.code);
        const found = find(inCity, text, city.end, true);
        if (found.length > 0) county = found;
        else return { code: city.entry.division.code, level: 'prefecture', path: pathOf(city.entry.division.code), ambiguous: [] };
      }
    }
    const first = county[0];
    if (first) {
      const ambiguous = county.length > 1 ? county.map((c) => ({ code: c.entry.division.code, path: pathOf(c.entry.division.code) })) : [];
      return { code: first.entry.division.code, level: 'county', path: pathOf(first.entry.division.code), ambiguous };
    }
    const broadest = prefecture ?? province;
    if (!broadest) return none;
    const code = broadest.entry.division.code;
    return { code, level: broadest.entry.division.level, path: pathOf(code), ambiguous: [] };
  }

  return {
    match,
    pathOf,
    find: (code: string) => byCode.get(code),
    /** Every county-level division. */
    counties: () => counties.map((e) => e.division),
    /** Divisions whose name or code contains the query, counties first. */
    search(query: string, limit = 20): Division[] {
      const q = query.trim();
      if (q === '') return [];
      const hits = divisions.filter((d) => d.code.startsWith(q) || d.name.includes(q));
      const rank = { county: 0, prefecture: 1, province: 2 } as const;
      return hits.sort((a, b) => rank[a.level] - rank[b.level] || a.code.localeCompare(b.code)).slice(0, limit);
    },
  };
}
export type DivisionIndex = ReturnType<typeof buildDivisionIndex>;
