import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { CUES, PASSAGE_SETTINGS, classifyPassage, countCues, cueWeights, sectionAspects, withoutPassingMentions } from '../passage-aspects.ts';
import { readEntries } from '../../entry/read.ts';
import { readPassageFacets } from '../../facets.ts';

const REPORTS = resolve(import.meta.dirname, '../../../../content/reports');

test('a passage gets the topics its own text discusses, whatever its section is titled', () => {
  // 2021 minutes, a 整改措施-style commitment under a heading that names no topic.
  assert.deepEqual(
    classifyPassage({ text: '坚决克服形式主义、官僚主义，少开会、开短会，深入基层调查研究，切实为基层减负。', heading: '三、下步整改措施', kind: 'measures' }),
    ['style'],
  );
  // Under the 理论学习 item, a passage about 廉洁 is about 廉洁.
  assert.deepEqual(
    classifyPassage({
      text: '落实全面从严治党主体责任不到位，对身边人教育管理不严，廉洁自律的警示教育开展得不经常。',
      heading: '（一）理论学习方面。',
      kind: 'problems',
      itemAspects: ['theory'],
    }),
    ['integrity'],
  );
});

test('procedure and passing mentions are general; general never goes with a topic', () => {
  assert.deepEqual(classifyPassage({ text: '我虚心接受大家的批评意见，会后认真整改。', heading: '', kind: 'response' }), ['general']);
  const opening = '按照开好党史学习教育专题民主生活会通知要求，现将区委班子对照检查情况报告如下：';
  assert.doesNotMatch(withoutPassingMentions(opening), /党史学习/);
  assert.deepEqual(classifyPassage({ text: opening, heading: '', kind: 'intro' }), ['general']);
});

test('a passage that lists points gets each point’s topic, at most three', () => {
  const aspects = classifyPassage({
    text: '一是理论学习不够系统深入。二是调查研究不够深入，存在形式主义。三是廉洁自律要求不严。',
    heading: '一、存在问题',
    kind: 'problems',
  });
  assert.deepEqual([...aspects].sort(), ['integrity', 'style', 'theory']);
});

test('a section’s aspects: its prescribed item’s, else its passages’ topics by count, else general', () => {
  assert.deepEqual(sectionAspects([['style'], ['people', 'style']], ['theory']), ['theory']);
  assert.deepEqual(sectionAspects([['people'], ['style'], ['style', 'people'], ['style']]), ['style', 'people']);
  assert.deepEqual(sectionAspects([['general'], ['general']]), ['general']);
});

test('seed entries: every passage has 1–3 aspects and is on a topic page; 工作作风 holds 整改措施 passages', async () => {
  const { entries } = await readEntries(REPORTS);
  let styleMeasures = 0;
  let passages = 0;
  for (const entry of entries) {
    for (const section of entry.sections) {
      const meta = entry.frontmatter.sections.find((s) => s.id === section.id)!;
      for (const p of section.passages) {
        passages++;
        const { aspect, kind } = readPassageFacets({ report: entry.frontmatter, section: meta, id: p.id, text: p.text });
        assert.ok(aspect.length >= 1 && aspect.length <= 3, `${entry.id}#${p.id}`);
        assert.ok(aspect.length === 1 || !aspect.includes('general'), `${entry.id}#${p.id}: ${aspect.join()}`);
        assert.deepEqual(aspect, entry.frontmatter.passages?.[p.id], `${entry.id}#${p.id} reads its own aspects`);
        if (aspect.includes('style') && kind[0] === 'measures') styleMeasures++;
      }
    }
  }
  // 303 passages, and 71 numbered items of the minutes that were headings before items became passages (issue 18).
  assert.equal(passages, 374);
  assert.ok(styleMeasures >= 1, `工作作风 整改措施 passages: ${styleMeasures}`);
});

test('a lead that is a title gives its topic, however the elaboration scores', () => {
  // The elaboration speaks of 担当 and 推动 at length; the title says the point is 斗争意识.
  const input = {
    text: '一是斗争意识不强。遇到矛盾推给别人，怕得罪人，担当不够，推动工作不主动，抓落实不够有力，缺乏担当作为的锐气。',
    heading: '一、存在问题',
    kind: 'problems' as const,
  };
  assert.ok(classifyPassage(input, { ...PASSAGE_SETTINGS, title: 24 }).includes('risk'));
  assert.ok(!classifyPassage(input, { ...PASSAGE_SETTINGS, title: 0 }).includes('risk'));
});

test('a short item line counts the one cue it names', () => {
  const input = { text: '（二）作风改进还不够深。', heading: '二、产生问题的原因分析', kind: 'causes' as const };
  assert.deepEqual(classifyPassage(input, { ...PASSAGE_SETTINGS, floor: 3, title: 0, short: 20 }), ['style']);
  assert.deepEqual(classifyPassage(input, { ...PASSAGE_SETTINGS, floor: 3, title: 0, short: 0 }), ['general']);
});

test('a cue weighs by how often labelled passages that contain it carry its aspect', () => {
  const id = (key: string) => CUES.findIndex((c) => c.key === key);
  // 形式主义 in three passages labelled style; 落实 (担当作为) in four, one of them labelled responsibility.
  const counts = countCues([
    { cues: [id('style:形式主义'), id('responsibility:落实')], gold: ['style'] },
    { cues: [id('style:形式主义'), id('style:形式主义')], gold: ['style', 'people'] },
    { cues: [id('style:形式主义'), id('responsibility:落实')], gold: ['style'] },
    { cues: [id('responsibility:落实')], gold: ['responsibility'] },
    { cues: [id('responsibility:落实')], gold: ['general'] },
  ]);
  assert.deepEqual(counts.get('style:形式主义'), [3, 3]);
  assert.deepEqual(counts.get('responsibility:落实'), [4, 1]);
  const weights = cueWeights(counts);
  // (k + 1 × 0.6) / (n + 1) / 0.6: (3.6 / 4) / 0.6 = 1.5 and (1.6 / 5) / 0.6 ≈ 0.533; never seen: 1.
  assert.equal(weights[id('style:形式主义')].toFixed(3), '1.500');
  assert.equal(weights[id('responsibility:落实')].toFixed(3), '0.533');
  assert.equal(weights[id('theory:理论武装')], 1);
});

test('an agenda line is procedure, whatever it names', () => {
  // 6f51a37c's minutes: the line announces the 对照检查 and 自我批评, it discusses neither.
  const text = '下面，大会进行第三项议程：×党委班子成员逐一进行对照检查，作自我批评，其他成员对其提出批评意见。';
  assert.deepEqual(classifyPassage({ text, heading: '（三）碰真碰硬从严治党', kind: 'measures' }), ['general']);
});

test('a generic word qualifies the topic its clause names, and is the topic only alone', () => {
  // The topic is 调查研究 (工作作风); 主动性 only says how it is done.
  assert.deepEqual(classifyPassage({ text: '二是调查研究的主动性不够强。', heading: '二、产生问题的原因分析', kind: 'causes' }), ['style']);
  assert.deepEqual(classifyPassage({ text: '二是工作的主动性不够强。', heading: '二、产生问题的原因分析', kind: 'causes' }), ['responsibility']);
  // 2021 minutes: 应对舆情的能力 is about 舆情 (风险斗争), not 能力本领.
  assert.ok(!classifyPassage({ text: '要不断增强应对舆情的能力。', heading: '一、存在问题', kind: 'problems' }).includes('ability'));
  // Alone in its clause, 能力 is the topic.
  assert.deepEqual(classifyPassage({ text: '（四）能力不足，本领不强。', heading: '一、存在问题', kind: 'problems' }), ['ability']);
});

test('a report’s 前言 and a 表态 are framing, whatever topics they name', () => {
  // ab94ce7e's opening lists what the team studied: a purpose statement, not a discussion of 理论学习.
  const text = '根据关于组织召开2023年度专题民主生活会的工作安排，班子坚持用习近平新时代中国特色社会主义思想凝心铸魂，会前认真组织学习了党的二十大报告、党章。';
  assert.deepEqual(classifyPassage({ text, heading: '', kind: 'intro' }), ['general']);
  const problem = '理论学习不够系统深入，学用结合不紧密。';
  assert.deepEqual(classifyPassage({ text: problem, heading: '', kind: 'response' }), ['general']);
  assert.deepEqual(classifyPassage({ text: problem, heading: '', kind: 'problems' }), ['theory']);
});

test('a status note that counts earlier problems by their part names no topic', () => {
  // 6f51a37c's 需要说明的问题.
  const text = '（八）需要说明的问题：1.对上年度民主生活会查摆思想方面两项问题、工作作风方面两项问题、责任担当方面两项问题已全部整改完毕。';
  assert.deepEqual(classifyPassage({ text, heading: '一、存在的突出问题', kind: 'problems' }), ['general']);
});
