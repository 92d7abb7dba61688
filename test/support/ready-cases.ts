/**
 * Many cases ready to file, built the way `dossier demo` builds its first case (direct service calls): the first
 * demo case's card and claim, each with its own fictional defendant, ID and card number, half of them living in
 * 盘龙区 (昆明市盘龙区人民法院) and half in 大理市 (大理市人民法院), each with the demo evidence, ledger, terms and
 * contacts. `extraStatementPages` adds a multi-page statement so a bundle reaches the size a benchmark wants.
 */
import { luhnCheckDigit } from '../../core/case/card-number';
import { caseInput } from '../../core/case/case-model';
import { residentIdCheckCharacter } from '../../core/case/resident-id';
import type { OperationName } from '../../core/contract';
import { seedDemoEvidence } from '../../electron/services/demo-evidence';
import { dispatch } from '../../electron/services/dispatch';
import type { openServices } from '../../electron/services/open-services';
import { textPdf } from './bundle-sources';
import { seedProfiles } from './service-fixture';

type Services = ReturnType<typeof openServices>;

const surnames = ['赵', '钱', '孙', '周', '吴', '郑', '冯', '陈', '褚', '卫'];
const givenNames = ['一鸣', '子涵', '雨桐', '浩然', '思远', '欣怡', '俊杰', '婉清', '明轩', '若曦'];
const homes = [
  { address: '云南省昆明市盘龙区北京路', court: '昆明市盘龙区人民法院', prefix: '530103' },
  { address: '云南省大理白族自治州大理市下关镇人民路', court: '大理市人民法院', prefix: '532901' },
];

/** Creates `count` ready cases; returns their ids in creation order. */
export async function seedReadyCases(services: Services, count: number, extraStatementPages = 0): Promise<number[]> {
  const { handlers } = services;
  const { cases } = await seedProfiles(handlers);
  const template = cases[0]!;
  const call = async (name: OperationName, input: unknown) => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw new Error(result.error.message.en);
    return result.value;
  };
  const fonts = await services.context.loadFonts();
  const extra = extraStatementPages > 0 ? await textPdf('信用卡交易明细（续）', extraStatementPages) : null;
  const ids: number[] = [];
  for (let n = 0; n < count; n++) {
    const home = homes[n % homes.length]!;
    // An even sequence number: the template's defendant is female (GB 11643: the 17th digit's parity is the sex).
    const id17 = `${home.prefix}19860412${String((Math.floor(n / homes.length) * 2) % 1000).padStart(3, '0')}`;
    const card15 = `6225880${String(10_000_000 + n).slice(-8)}`;
    const created = await handlers['case:create']({
      values: caseInput.parse({
        ...template,
        defendant: {
          ...template.defendant, name: `${surnames[n % 10]}${givenNames[Math.floor(n / 10) % 10]}${n >= 100 ? String(n) : ''}`,
          residentId: `${id17}${residentIdCheckCharacter(id17)}`, registeredAddress: `${home.address}${n + 1}号`,
        },
        card: { ...template.card, cardNumber: `${card15}${luhnCheckDigit(card15)}` },
        courtName: home.court,
      }),
    });
    await seedDemoEvidence(call, 0, created.id, fonts);
    if (extra) {
      await call('evidence:add', {
        caseId: created.id, fileName: '交易明细续页.pdf', contentBase64: Buffer.from(extra).toString('base64'),
        meta: { kind: 'other', title: '信用卡交易明细（续）' },
      });
    }
    ids.push(created.id);
  }
  return ids;
}
