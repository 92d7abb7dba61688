import { describe, expect, it } from 'vitest';
import { divisionIndex } from '../../support/court-data';

describe('division of an address', () => {
  it.each([
    ['云南省昆明市五华区青年路100号', '530102'],
    ['云南省大理白族自治州大理市下关镇人民路45号', '532901'],
    ['大理州宾川县金牛镇', '532924'],
    ['云南大理宾川县', '532924'],
    ['楚雄州楚雄市鹿城镇', '532301'],
    ['北京市朝阳区建国路1号', '110105'],
    ['上海市浦东新区世纪大道', '310115'],
    ['重庆市城口县', '500229'],
    ['内蒙古锡林郭勒盟锡林浩特市', '152502'],
    ['青海省海南藏族自治州共和县', '632521'],
    ['海南藏族自治州共和县', '632521'],
    ['朝阳县某村', '211321'],
    ['广东省东莞市塘厦镇花园新街', '441900'],
  ])('%s → %s', (address, code) => {
    expect(divisionIndex.match(address).code).toBe(code);
  });

  it('flags an address whose county name repeats in several cities', () => {
    const match = divisionIndex.match('朝阳区建国路1号');
    expect(match.ambiguous.map((a) => a.code).sort()).toEqual(['110105', '220104']);
  });

  it('falls back to the prefecture when no county is named, and to nothing for foreign text', () => {
    expect(divisionIndex.match('云南省昆明市某路').code).toBe('530100');
    expect(divisionIndex.match('Springfield').code).toBe('');
  });
});
