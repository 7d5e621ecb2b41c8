import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDocType, classifyMeeting, classifyReport, classifySections, classifySpeaker, classifyUnitType, type ReportMeta } from '../classify.ts';
import { parseDocument } from '../parse.ts';
import { DOC_TYPES, THEMES, UNIT_TYPES } from '../../taxonomy.ts';
import { seedDocument } from '../../../../tests/support/corpus.ts';
import { METADATA_SAMPLES } from './metadata-samples.ts';

const expected = {
  '000': { year: 2021, unit: 'department', speaker: 'team', docType: 'review', theme: 'party-history', meeting: 'democratic-life' },
  '001': { year: 2021, unit: 'subdistrict', speaker: 'individual', docType: 'speech', theme: 'party-history', meeting: 'democratic-life' },
  '002': { year: 2021, unit: 'county-standing', speaker: 'team', docType: 'review', theme: 'party-history', meeting: 'democratic-life' },
  '003': { year: 2021, unit: 'subdistrict', speaker: 'team', docType: 'minutes', theme: 'party-history', meeting: 'democratic-life' },
  '004': { year: 2023, unit: 'county-standing', speaker: 'team', docType: 'review', theme: 'thematic-education', meeting: 'democratic-life' },
};

for (const [prefix, meta] of Object.entries(expected)) {
  test(`seed ${prefix} metadata: ${JSON.stringify(meta)}`, async () => {
    const { doc } = await seedDocument(prefix);
    assert.deepEqual(classifyReport(doc), meta);
  });
}

test('a 组织生活会 is told apart from a 民主生活会 by its title, else its opening', () => {
  const doc = (title: string, opening: string) => parseDocument([title, '一、存在的问题', opening]);
  assert.equal(classifyMeeting(doc('第三党支部2023年度组织生活会个人对照检查材料', '对照检查如下。')), 'organizational-life');
  assert.equal(classifyMeeting(doc('个人对照检查材料', '根据支部召开组织生活会的安排，对照检查如下。')), 'organizational-life');
  assert.equal(classifyMeeting(doc('2023年度专题民主生活会对照检查材料', '会前开展了谈心谈话，包括组织生活会情况。')), 'democratic-life');
  assert.equal(classifyMeeting(doc('个人对照检查材料', '对照检查如下。')), 'democratic-life');
});

test('every section of every seed carries at least one aspect and a kind', async () => {
  for (const prefix of Object.keys(expected)) {
    const { doc } = await seedDocument(prefix);
    const sections = classifySections(doc, classifyReport(doc));
    assert.equal(sections.length, doc.sections.length);
    for (const s of sections) assert.ok(s.aspects.length > 0 && s.kind, `${prefix}: ${JSON.stringify(s)}`);
  }
});

test('2023 problem items map to the six prescribed aspects, 2021 items to the 带头 items', async () => {
  const d4 = await seedDocument('004');
  const s4 = classifySections(d4.doc, { year: 2023 });
  assert.deepEqual(
    s4.slice(2, 8).map((s) => s.item),
    ['theory', 'politics', 'ability', 'responsibility', 'style', 'integrity'],
  );
  assert.deepEqual(
    s4.slice(2, 8).map((s) => s.aspects),
    [['theory'], ['politics'], ['ability'], ['responsibility'], ['style'], ['integrity']],
  );
  const d2 = await seedDocument('002');
  const items2 = classifySections(d2.doc, { year: 2021 })
    .filter((s) => s.item)
    .map((s) => s.item);
  assert.deepEqual(items2, ['two-establishes', 'what-party-is', 'people-centred', 'risks', 'lessons']);
});

test('section kinds follow the skeleton: problems, causes, measures; items inherit', async () => {
  const { doc } = await seedDocument('004');
  const kinds = classifySections(doc, { year: 2023 }).map((s) => s.kind);
  assert.deepEqual(kinds, ['intro', 'problems', ...Array(6).fill('problems'), 'causes', ...Array(4).fill('causes'), 'measures', ...Array(4).fill('measures')]);
});

test('minutes: self-reviews, criticism aimed at the member under review, responses, comment, summary', async () => {
  const { doc } = await seedDocument('003');
  const sections = classifySections(doc, { year: 2021 });
  const turns = doc.sections.map((s, i) => ({ speaker: s.speaker, ...sections[i] })).filter((t) => t.speaker);
  const reviewers = turns.filter((t) => t.kind === 'self-review').map((t) => t.speaker);
  assert.deepEqual(reviewers, ['副书记', '成员Ｂ', '成员Ａ', '成员Ｃ', '成员Ｄ', '成员Ｅ', '成员Ｆ', '成员Ｇ']);
  const onB = turns.filter((t) => t.kind === 'criticism' && t.target === '成员Ｂ').map((t) => t.speaker);
  assert.deepEqual(onB, ['成员Ｄ', '成员Ｆ']);
  assert.ok(turns.some((t) => t.kind === 'criticism' && t.speaker === '书记' && t.target === '成员Ｄ'));
  assert.equal(turns.find((t) => t.speaker === '领导')?.kind, 'comment');
  assert.equal(turns.at(-1)?.kind, 'summary');
  // The opening 通报 is the previous year's rectification and the opinions collected.
  const openingParts = doc.sections
    .map((s, i) => ({ ...s, ...sections[i] }))
    .filter((s) => s.rank === 'part')
    .slice(0, 3);
  assert.deepEqual(
    openingParts.map((s) => s.kind),
    ['rectification', 'rectification', 'opinions'],
  );
});

// ---------------------------------------------------------------- every year, unit and kind (issue 19)

for (const sample of METADATA_SAMPLES) {
  test(`sample: ${sample.name} → ${JSON.stringify(sample.expected)}`, () => {
    assert.deepEqual(classifyReport(parseDocument(sample.lines)), sample.expected);
  });
}

test('the samples cover every year 2018–2025, every unit type, document type and theme, and an unknown year', () => {
  const covered = (key: keyof ReportMeta) => new Set(METADATA_SAMPLES.map((s) => s.expected[key]));
  for (let year = 2018; year <= 2025; year++) assert.ok(covered('year').has(year), `year ${year}`);
  assert.ok(covered('year').has(null));
  for (const unit of UNIT_TYPES.filter((u) => u.slug !== 'other')) assert.ok(covered('unit').has(unit.slug), unit.slug);
  for (const type of DOC_TYPES) assert.ok(covered('docType').has(type.slug), type.slug);
  for (const theme of THEMES) assert.ok(covered('theme').has(theme.slug), theme.slug);
});

/** A short material: title, opening, one problem item. */
const material = (title: string, opening: string, item = '（一）理论学习方面。学习不够深入。') => parseDocument([title, opening, '一、存在的问题', item]);

test('the theme follows from the year; a campaign cue of another year never overrides a stated 年度', () => {
  const themes: Record<number, string> = {
    2018: 'new-era-action',
    2019: 'initial-mission',
    2020: 'political-building',
    2021: 'party-history',
    2022: 'twentieth-congress',
    2023: 'thematic-education',
    2024: 'party-discipline',
    2025: 'eight-rules',
  };
  for (const [year, theme] of Object.entries(themes)) {
    const meta = classifyReport(material(`${year}年度民主生活会领导班子对照检查材料`, '班子认真查摆问题。'));
    assert.deepEqual([meta.year, meta.theme], [Number(year), theme]);
  }
  // 2025 texts reuse 五个带头 and 党史学习教育's wording; a 2024 text cites 主题教育 and 八项规定精神.
  const reuse = classifyReport(material('2025年度民主生活会“五个带头”对照检查材料', '班子巩固拓展党史学习教育成果，对照“五个带头”查摆问题。'));
  assert.deepEqual([reuse.year, reuse.theme], [2025, 'eight-rules']);
  const cites = classifyReport(
    material('领导班子对照检查材料', '根据关于召开2024年度民主生活会的通知，班子巩固拓展主题教育成果，锲而不舍落实中央八项规定精神。'),
  );
  assert.deepEqual([cites.year, cites.theme], [2024, 'party-discipline']);
  // With no 年度 stated, the campaign named gives the year.
  const campaign = classifyReport(material('党纪学习教育专题民主生活会对照检查材料', '班子认真查摆问题。'));
  assert.deepEqual([campaign.year, campaign.theme], [2024, 'party-discipline']);
});

test('the 年度 a text gives its own meeting, not the one whose rectification it reports, nor a date', () => {
  const opening = (text: string) => classifyReport(material('个人对照检查材料', text)).year;
  assert.equal(opening('根据县委关于召开 2025 年度民主生活会的统一部署，我对照 2024 年度民主生活会查摆的4个问题逐项整改。'), 2025);
  assert.equal(opening('现通报2022年度民主生活会整改落实情况。'), null);
  assert.equal(opening('党支部于2024年1月15日下午召开2023年度组织生活会。'), 2023);
  assert.equal(opening('按照县委要求，我认真查摆问题，围绕2035年远景目标谋划工作。'), null);
  // An opening that starts with the year under review.
  assert.equal(opening('2023年以来，我认真履职尽责，现将对照检查情况报告如下。'), 2023);
  // Minutes without a stated year: the meeting's date (held early next year, or from October in the same year).
  const minutes = (date: string) =>
    classifyReport(parseDocument([`会议时间：${date}`, '会议地点：会议室', '参会人员：班子成员', '主持人：书记', '书记：', '现在开会。'])).year;
  assert.equal(minutes('2024年1月26日'), 2023);
  assert.equal(minutes('2023年12月28日'), 2023);
});

test('no 年度, or only a placeholder (XX年度, *年度, 20XX年度): year unknown, theme 年度民主生活会', () => {
  for (const title of ['XX年度民主生活会个人对照检查材料', '*年度民主生活会个人对照检查材料', '20XX年度民主生活会对照检查材料', '民主生活会对照检查材料']) {
    const meta = classifyReport(material(title, '按照要求，班子认真查摆问题。'));
    assert.deepEqual([meta.year, meta.theme], [null, 'annual'], title);
  }
});

test('document kinds: by the title, else by the form of the text', () => {
  const kind = (title: string, ...lines: string[]) => classifyDocType(parseDocument([title, ...lines]));
  assert.equal(kind('2023年度民主生活会领导班子对照检查材料'), 'review');
  assert.equal(kind('2023年度民主生活会班子检视剖析材料'), 'review');
  assert.equal(kind('2023年度民主生活会个人发言提纲'), 'speech');
  assert.equal(kind('在2023年度民主生活会上的剖析发言'), 'speech');
  assert.equal(kind('县政府党组2023年度民主生活会会议记录'), 'minutes');
  assert.equal(kind('在县政府党组2023年度民主生活会上的主持词'), 'chair');
  assert.equal(kind('在县政府党组2023年度民主生活会上的总结讲话'), 'chair');
  assert.equal(kind('在县政府党组2023年度民主生活会上的点评讲话'), 'remarks');
  assert.equal(kind('督导组组长在县委常委班子民主生活会上的讲话'), 'remarks');
  assert.equal(kind('2022年度民主生活会查摆问题清单'), 'problem-list');
  assert.equal(kind('关于2023年度民主生活会查摆问题的整改方案'), 'rectification');
  assert.equal(kind('关于2021年度民主生活会整改落实情况的报告'), 'rectification');
  assert.equal(kind('区政协党组班子召开2025年度民主生活会'), 'news');
  // No kind in the title: a dated account of the meeting is news; a greeting opens a speech.
  assert.equal(kind('', '3月16日下午，某小学党支部召开2022年度组织生活会。支部书记主持会议。'), 'news');
  assert.equal(kind('某区委常委班子专题民主生活会纪实', '会议准时开始，区委书记带头作自我批评。'), 'news');
  assert.equal(kind('', '作者：区委组织部 某某', '区委常委班子把会前功课做实做细。'), 'news');
  assert.equal(kind('', '书记首先代表班子作对照检查发言，班子成员逐一作对照检查，督导组充分肯定了会议成效。'), 'news');
  assert.equal(kind('', '同志们：', '现在开会。今天我们召开2023年度民主生活会。'), 'chair');
  assert.equal(kind('', '同志们：', '刚才，班子成员逐一作了对照检查，我代表指导组讲几点意见。'), 'remarks');
  assert.equal(kind('', '根据县委部署，班子认真查摆问题。', '一、存在的问题', '（一）理论学习方面。学习不深。'), 'review');
});

test('speaker: a text in the first person singular is one member’s, even when it mentions 班子成员', () => {
  const speaker = (title: string, ...body: string[]) => {
    const doc = parseDocument([title, ...body]);
    return classifySpeaker(doc, classifyDocType(doc));
  };
  assert.equal(
    speaker(
      '2023年度主题教育专题民主生活会发言材料',
      '本人认真学习，广泛征求班子成员意见。',
      '一、存在的问题',
      '（一）我学习浮于表面，与班子成员交流不多。作为分管副县长，我督导不够。',
    ),
    'individual',
  );
  assert.equal(speaker('镇党委领导班子2023年度民主生活会对照检查材料', '班子认真查摆问题，我们对照要求逐项检视。'), 'team');
  assert.equal(speaker('领导班子成员2023年度个人对照检查材料', '班子成员认真查摆问题。'), 'individual');
  assert.equal(speaker('对照检查材料', '我镇党委班子认真查摆问题，我们逐项检视，班子成员自我批评深刻。'), 'team');
  assert.equal(speaker('区政协党组班子召开2025年度民主生活会', '2月14日，区政协党组班子召开民主生活会，党组书记代表党组作对照检查并作个人对照检查。'), 'team');
});

test('unit type: the author’s own unit, not units merely mentioned', () => {
  const unit = (title: string, ...body: string[]) => classifyUnitType(parseDocument([title, ...body]));
  // 县委组织部的通知, 征求社区意见: mentioned, not the author.
  assert.equal(
    unit(
      '对照检查材料',
      '根据县委组织部通知要求，我镇党委班子征求了社区和村民代表的意见，全镇上下认真查摆问题。',
      '一、存在的问题',
      '（一）镇党委班子学习不深。',
    ),
    'subdistrict',
  );
  assert.equal(unit('对照检查材料', '按照市委组织部部署，我局党组认真查摆问题，本局干部队伍作风有待转变。'), 'department');
  assert.equal(unit('对照检查材料', '按照县委教育工委通知，我校党支部认真查摆问题，全校教师党员参加。'), 'school');
  assert.equal(unit('对照检查材料', '按照县卫健局部署，我院领导班子认真查摆问题。'), 'hospital');
  assert.equal(unit('对照检查材料', '按照镇党委要求，我村党支部认真查摆问题，征求了全村党员意见。'), 'village');
  // The title names the unit; 集中学习 is no 中学, 党组织 no 党组.
  assert.equal(unit('县政协党组2023年度民主生活会对照检查材料', '党组开展集中学习，加强对各党组织的指导。'), 'cppcc-group');
  assert.equal(unit('**大学党委常委会2022年度民主生活会对照检查材料', '党委常委会认真查摆问题。'), 'university');
  assert.equal(unit('市交通投资集团有限公司党委2024年度民主生活会对照检查材料', '公司党委认真查摆问题。'), 'enterprise');
  assert.equal(unit('区人大常委会党组2020年度民主生活会对照检查材料', '常委会党组认真查摆问题。'), 'congress-group');
  assert.equal(unit('县人民政府党组2018年度民主生活会对照检查材料', '党组认真查摆问题。'), 'government-group');
  assert.equal(unit('个人对照检查材料', '按照要求，我认真查摆问题。'), 'other');
});

test('the new years’ prescribed items: headings map to the year’s items and their aspects', () => {
  const items = (year: number, headings: string[]) =>
    // Each item heading on its own line, the passage that elaborates it on the next.
    classifySections(parseDocument(['对照检查材料', '一、存在的问题', ...headings.flatMap((h) => [h, '问题表现在多个方面。'])]), { year })
      .slice(1)
      .map((s) => [s.item, s.aspects]);
  assert.deepEqual(items(2018, ['（一）学习贯彻习近平新时代中国特色社会主义思想方面。', '（二）纠正“四风”方面。', '（三）廉洁自律方面。']), [
    ['theory', ['theory']],
    ['four-styles', ['style']],
    ['integrity', ['integrity']],
  ]);
  // Wording variants: 2019's campaign targets, 2023's central 具体目标.
  assert.deepEqual(
    items(2019, ['（一）理论学习有收获方面。', '（二）干事创业敢担当方面。', '（三）为民服务解难题方面。', '（四）清正廉洁作表率方面。']).map(([item]) => item),
    ['faith', 'duty', 'service', 'integrity'],
  );
  assert.deepEqual(
    items(2023, [
      '（一）凝心铸魂筑牢根本方面。',
      '（二）锤炼品格强化忠诚方面。',
      '（三）实干担当促进发展方面。',
      '（四）践行宗旨为民造福方面。',
      '（五）廉洁奉公树立新风方面。',
    ]),
    [
      ['theory', ['theory']],
      ['politics', ['politics']],
      ['responsibility', ['responsibility']],
      ['service', ['people']],
      ['integrity', ['integrity']],
    ],
  );
  assert.deepEqual(
    items(2020, [
      '（一）学懂弄通做实习近平新时代中国特色社会主义思想方面。',
      '（二）坚持和加强党的全面领导方面。',
      '（三）学习贯彻党的十九届五中全会精神方面。',
    ]),
    [
      ['new-thought', ['theory']],
      ['party-leadership', ['politics']],
      ['fifth-plenum', ['theory', 'ability']],
    ],
  );
  assert.deepEqual(
    items(2022, [
      '（一）带头深刻领悟“两个确立”的决定性意义，增强“四个意识”方面。',
      '（二）带头学习贯彻习近平新时代中国特色社会主义思想方面。',
      '（三）带头贯彻落实党中央决策部署方面。',
      '（四）带头践行以人民为中心的发展思想方面。',
      '（五）带头落实全面从严治党政治责任方面。',
      '（六）带头发扬斗争精神、增强斗争本领方面。',
    ]).map(([item]) => item),
    ['two-establishes', 'new-thought', 'decisions', 'people-centred', 'strict-governance', 'struggle'],
  );
  assert.deepEqual(
    items(2025, [
      '（一）在带头强化政治忠诚、提高政治能力方面',
      '（二）在带头加强党性修养、树立和践行正确政绩观方面',
      '（三）在带头保持敬畏之心、严守纪法方面',
      '（四）在带头担当作为、真抓实干方面',
      '（五）在带头履行管党治党政治责任方面',
    ]).map(([item]) => item),
    ['loyalty', 'party-spirit', 'awe', 'duty', 'strict-governance'],
  );
});
