/**
 * Hand-maintained facts the county-level division list cannot give: specialised courts with their
 * scope, intermediate courts of the municipalities and of areas directly under a province, and the
 * divisions whose basic court is named differently, is shared or does not exist. Read by
 * generate-court-directory.ts; every entry ends up in templates/data/courts.json, where the app and
 * the user can still edit it. Evidence tags as in domain.md: [P] primary text, [S] secondary
 * (court website or news), [U] unverified — check before relying on it.
 */
import type { Court, DirectoryException } from '../core/court/court-model';

type Special = Omit<Court, 'address' | 'phone' | 'towns' | 'scope' | 'appealCourtId'> & Partial<Pick<Court, 'address' | 'phone' | 'towns' | 'scope' | 'appealCourtId'>>;

/** Internet courts (SPC 互联网法院规定 art. 2, 4 [P]; domain.md §1.5) and financial courts (domain.md §1.6 [P]). */
export const specialisedCourts: Special[] = [
  {
    id: 'internet-beijing', name: '北京互联网法院', level: 'basic', kind: 'internet', divisionCode: '110000',
    scope: { include: ['11'], exclude: [], basis: '《最高人民法院关于互联网法院审理案件若干问题的规定》第二条：集中管辖北京市辖区内应由基层法院受理的第一审互联网案件' },
    appealCourtId: 'intermediate-beijing-4',
    notes: '仅限全部在线签订并履行的金融借款等合同纠纷；信用卡纠纷是否属之未有定论，须由律师复核。上诉至北京市第四中级人民法院（同规定第四条）。',
  },
  {
    id: 'internet-hangzhou', name: '杭州互联网法院', level: 'basic', kind: 'internet', divisionCode: '330100',
    scope: { include: ['3301'], exclude: [], basis: '《最高人民法院关于互联网法院审理案件若干问题的规定》第二条：集中管辖杭州市辖区内应由基层法院受理的第一审互联网案件' },
    appealCourtId: 'intermediate-330100',
    notes: '仅限全部在线签订并履行的金融借款等合同纠纷；信用卡纠纷是否属之未有定论，须由律师复核。上诉至杭州市中级人民法院（同规定第四条）。',
  },
  {
    id: 'internet-guangzhou', name: '广州互联网法院', level: 'basic', kind: 'internet', divisionCode: '440100',
    scope: { include: ['4401'], exclude: [], basis: '《最高人民法院关于互联网法院审理案件若干问题的规定》第二条：集中管辖广州市辖区内应由基层法院受理的第一审互联网案件' },
    appealCourtId: 'intermediate-440100',
    notes: '仅限全部在线签订并履行的金融借款等合同纠纷；信用卡纠纷是否属之未有定论，须由律师复核。上诉至广州市中级人民法院（同规定第四条）。',
  },
  {
    id: 'financial-shanghai', name: '上海金融法院', level: 'intermediate', kind: 'financial', divisionCode: '310000',
    scope: { include: ['31'], exclude: [], basis: '《最高人民法院关于上海金融法院案件管辖的规定》第七条：审理上海市基层法院第一审金融民商事案件的上诉案件（含银行卡纠纷）' },
    notes: '一审仅审理本应由中级法院管辖的金融案件；信用卡纠纷一审在基层法院，上诉由本院审理。',
  },
  {
    id: 'financial-beijing', name: '北京金融法院', level: 'intermediate', kind: 'financial', divisionCode: '110000',
    scope: { include: ['11'], exclude: [], basis: '《最高人民法院关于北京金融法院案件管辖的规定》第七条：审理北京市基层法院第一审金融民商事案件的上诉案件（含银行卡纠纷）' },
    notes: '一审仅审理本应由中级法院管辖的金融案件；信用卡纠纷一审在基层法院，上诉由本院审理。',
  },
  {
    id: 'financial-chengdu-chongqing', name: '成渝金融法院', level: 'intermediate', kind: 'financial', divisionCode: '500000',
    scope: {
      // 成渝地区双城经济圈 (Sichuan part): 15 cities, less 北川、平武 (绵阳), 万源 (达州), 天全、宝兴 (雅安) [S].
      include: ['50', '5101', '5103', '5105', '5106', '5107', '5109', '5110', '5111', '5113', '5114', '5115', '5116', '5117', '5118', '5120'],
      exclude: ['510726', '510727', '511781', '511825', '511827'],
      basis: '《最高人民法院关于成渝金融法院案件管辖的规定》（法释〔2022〕20号）第五条：审理重庆市及四川省属于成渝地区双城经济圈范围内基层法院第一审金融民商事案件的上诉案件',
    },
    notes: '四川省纳入范围的市县按《成渝地区双城经济圈建设规划纲要》整理（据公开资料整理，请核实）。',
  },
];

/** Intermediate courts that are not "<prefecture>中级人民法院", and which basic courts appeal to them. */
export const extraIntermediateCourts: (Special & { hears: string[] })[] = [
  // Beijing's three territorial intermediate courts and the cross-district fourth [S].
  { id: 'intermediate-beijing-1', name: '北京市第一中级人民法院', level: 'intermediate', kind: 'general', divisionCode: '110000', notes: '辖海淀、石景山、门头沟、昌平、延庆（据公开资料整理）', hears: ['110108', '110107', '110109', '110114', '110119'] },
  { id: 'intermediate-beijing-2', name: '北京市第二中级人民法院', level: 'intermediate', kind: 'general', divisionCode: '110000', notes: '辖东城、西城、丰台、房山、大兴（据公开资料整理）', hears: ['110101', '110102', '110106', '110111', '110115'] },
  { id: 'intermediate-beijing-3', name: '北京市第三中级人民法院', level: 'intermediate', kind: 'general', divisionCode: '110000', notes: '辖朝阳、通州、顺义、怀柔、平谷、密云（据公开资料整理）', hears: ['110105', '110112', '110113', '110116', '110117', '110118'] },
  { id: 'intermediate-beijing-4', name: '北京市第四中级人民法院', level: 'intermediate', kind: 'general', divisionCode: '110000', notes: '跨行政区划法院；审理北京互联网法院的上诉案件', hears: [] },
  ...(['第一', '第二', '第三'] as const).map((n, i) => ({ id: `intermediate-tianjin-${i + 1}`, name: `天津市${n}中级人民法院`, level: 'intermediate' as const, kind: 'general' as const, divisionCode: '120000', notes: '所辖区县未逐一录入（未经核实），请按实际补充', hears: [] })),
  ...(['第一', '第二', '第三'] as const).map((n, i) => ({ id: `intermediate-shanghai-${i + 1}`, name: `上海市${n}中级人民法院`, level: 'intermediate' as const, kind: 'general' as const, divisionCode: '310000', notes: '所辖区未逐一录入（未经核实）；上海金融纠纷上诉由上海金融法院审理', hears: [] })),
  ...(['第一', '第二', '第三', '第四', '第五'] as const).map((n, i) => ({ id: `intermediate-chongqing-${i + 1}`, name: `重庆市${n}中级人民法院`, level: 'intermediate' as const, kind: 'general' as const, divisionCode: '500000', notes: '所辖区县未逐一录入（未经核实）；重庆金融纠纷上诉由成渝金融法院审理', hears: [] })),
  { id: 'intermediate-jiyuan', name: '济源中级人民法院', level: 'intermediate', kind: 'general', divisionCode: '419001', notes: '河南省直辖县级市济源的中级法院（名称未经核实，请核实）', hears: ['419001'] },
  { id: 'intermediate-hanjiang', name: '湖北省汉江中级人民法院', level: 'intermediate', kind: 'general', divisionCode: '429004', notes: '辖仙桃、潜江、天门（据公开资料整理）', hears: ['429004', '429005', '429006'] },
  { id: 'intermediate-hainan-1', name: '海南省第一中级人民法院', level: 'intermediate', kind: 'general', divisionCode: '460000', notes: '辖省直辖市县的一部分（未经核实，请按实际补充各县的上诉法院）', hears: [] },
  { id: 'intermediate-hainan-2', name: '海南省第二中级人民法院', level: 'intermediate', kind: 'general', divisionCode: '460400', notes: '位于儋州；辖儋州等西部市县（未经核实，请核实）', hears: ['460400'] },
];

/** Prefectures that have no intermediate court of their own name [U]. */
export const prefecturesWithoutIntermediateCourt = new Set(['460300', '460400', '620200']);

/** Development zones (statistical codes 7x) that have a basic court of their own [S]. */
export const zoneCourts: Record<string, string> = {
  '130171': '石家庄高新技术产业开发区人民法院',
  '220171': '长春经济技术开发区人民法院',
  '220172': '长春净月高新技术产业开发区人民法院',
  '220173': '长春高新技术产业开发区人民法院',
  '220174': '长春汽车经济技术开发区人民法院',
  '230671': '大庆高新技术产业开发区人民法院',
  '320576': '苏州工业园区人民法院',
  '620171': '兰州新区人民法院',
};

/** Prefecture-level cities without districts whose towns are shared among numbered basic courts [S]. */
export const sharedDivisionCourts: (Special & { towns: string[] })[] = [
  {
    id: 'basic-441900-1', name: '东莞市第一人民法院', level: 'basic', kind: 'general', divisionCode: '441900', notes: '东莞市不设区；按镇街分三院管辖（据公开资料整理）',
    towns: ['莞城', '东城', '南城', '万江', '道滘', '洪梅', '望牛墩', '麻涌', '中堂', '高埗', '石碣', '石排', '企石', '石龙', '茶山', '寮步', '松山湖'],
  },
  { id: 'basic-441900-2', name: '东莞市第二人民法院', level: 'basic', kind: 'general', divisionCode: '441900', notes: '东莞市不设区；按镇街分三院管辖（据公开资料整理）', towns: ['虎门', '厚街', '沙田', '大朗', '长安', '大岭山'] },
  {
    id: 'basic-441900-3', name: '东莞市第三人民法院', level: 'basic', kind: 'general', divisionCode: '441900', address: '东莞市塘厦镇花园新街45号', phone: '0769-89808817',
    notes: '东莞市不设区；按镇街分三院管辖（据法院网站 2024-04 整理）', towns: ['塘厦', '清溪', '凤岗', '樟木头', '黄江', '谢岗', '常平', '桥头', '横沥', '东坑'],
  },
  {
    // Its towns are computed by the generator: every town of 中山 not heard by the second court.
    id: 'basic-442000-1', name: '中山市第一人民法院', level: 'basic', kind: 'general', divisionCode: '442000', notes: '中山市不设区；管辖第二人民法院所辖镇以外的镇街（据公开资料整理）',
    towns: [],
  },
  { id: 'basic-442000-2', name: '中山市第二人民法院', level: 'basic', kind: 'general', divisionCode: '442000', notes: '中山市不设区；按镇街分两院管辖（据法院网站 2020-06 整理）', towns: ['小榄', '东升', '黄圃', '南头', '三角', '东凤', '阜沙', '古镇', '横栏'] },
];

/** Divisions handled by hand, beyond development zones and the shared cities above. */
export const namedExceptions: DirectoryException[] = [
  { divisionCode: '460321', divisionName: '西沙群岛', kind: 'no-court', courtIds: [], note: '三沙市所辖群岛：本名录未收录其基层法院（未经核实），如需请手工添加' },
  { divisionCode: '460322', divisionName: '南沙群岛', kind: 'no-court', courtIds: [], note: '三沙市所辖群岛：本名录未收录其基层法院（未经核实），如需请手工添加' },
  { divisionCode: '460323', divisionName: '中沙群岛的岛礁及其海域', kind: 'no-court', courtIds: [], note: '无常住人口的海域，不设法院' },
  { divisionCode: '620201', divisionName: '嘉峪关市', kind: 'named-differently', courtIds: ['basic-620201'], note: '嘉峪关市不设区县；基层法院为“嘉峪关市城区人民法院”，上诉法院请核实（未经核实）' },
];

/** Basic courts whose name the rule would get wrong. */
export const renamedCourts: Record<string, string> = {
  '620201': '嘉峪关市城区人民法院',
};

/** 新疆生产建设兵团 cities (6590xx): their courts belong to the 兵团 court system [S]. */
export const corpsPrefix = '6590';
