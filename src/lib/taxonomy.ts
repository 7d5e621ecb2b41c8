/**
 * The one taxonomy of the library: aspects (方面), unit types, document types,
 * themes, speakers and section kinds, each with an ASCII slug and a Chinese label.
 * Classification cues live beside the labels so the vocabulary grows in one place.
 * Nothing else in the project hard-codes a label.
 */

export interface Term {
  /** ASCII, URL-safe, never changes once published (it is part of URLs). */
  slug: string;
  /** What the UI shows. */
  label: string;
}

export interface CuedTerm extends Term {
  /** Phrases whose presence in a text points to this term (weighted by length). */
  cues: readonly string[];
}

/** Cross-year topics. A section may carry several. */
export const ASPECTS = [
  {
    slug: 'theory',
    label: '理论学习',
    cues: [
      '理论学习',
      '理论武装',
      '学懂弄通',
      '学深悟透',
      '学思想',
      '学理论',
      '悟思想',
      '理想信念',
      '学习贯彻',
      '读原著',
      '学原文',
      '悟原理',
      '学用结合',
      '学以致用',
      '学用脱节',
      '知行合一',
      '理论联系实际',
      '集体学习',
      '中心组学习',
      '专题学习',
      '系统学习',
      '自学',
      '学习积极性',
      '学习态度',
      '学习不',
      '学习上',
      '学习的',
      '学习',
      '理论',
      '研读',
      '钻研',
      '浅尝辄止',
      '融会贯通',
      '入脑入心',
      '原原本本',
      '党史',
      '六中全会',
      '全会精神',
      '新思想',
      '创新理论',
      '理论素养',
      '理论水平',
      '理论功底',
      '读书',
      '武装头脑',
    ],
  },
  {
    slug: 'politics',
    label: '政治素质',
    cues: [
      '两个确立',
      '两个维护',
      '四个意识',
      '四个自信',
      '政治判断力',
      '政治领悟力',
      '政治执行力',
      '政治站位',
      '政治素质',
      '政治建设',
      '政治能力',
      '政治忠诚',
      '政治立场',
      '政治方向',
      '政治意识',
      '政治敏锐',
      '政治鉴别',
      '政治纪律',
      '政治规矩',
      '政治生态',
      '政治责任',
      '政治',
      '党中央决策部署',
      '党中央',
      '决策部署',
      '国之大者',
      '核心地位',
      '核心意识',
      '看齐意识',
      '大局意识',
      '忠诚',
      '站位',
      '旗帜鲜明',
      '不折不扣',
      '令行禁止',
      '中央精神',
      '历史自信',
      '党是什么',
      '要干什么',
      '根本问题',
    ],
  },
  {
    slug: 'ability',
    label: '能力本领',
    cues: [
      '能力本领',
      '新发展理念',
      '高质量发展',
      '本领',
      '能力',
      '专业能力',
      '专业',
      '业务',
      '解放思想',
      '创新意识',
      '开拓创新',
      '改革创新',
      '创新',
      '思路',
      '统筹谋划',
      '谋划',
      '统筹',
      '前瞻性',
      '前瞻',
      '方式方法',
      '工作方法',
      '水平不高',
      '水平',
      '素质',
      '视野',
      '眼界',
      '观念',
      '按部就班',
      '安于现状',
      '固步自封',
      '因循守旧',
      '墨守成规',
      '老办法',
      '新情况',
      '新问题',
      '破解',
      '治理',
      '改革',
      '发展',
    ],
  },
  {
    slug: 'responsibility',
    label: '担当作为',
    cues: [
      '担当作为',
      '担当',
      '作为',
      '敢作敢为',
      '攻坚克难',
      '攻坚',
      '克难',
      '真抓实干',
      '实干',
      '干事创业',
      '狠抓落实',
      '抓落实',
      '落实',
      '抓实',
      '抓细',
      '执行力',
      '履职尽责',
      '履职',
      '尽责',
      '责任意识',
      '责任心',
      '责任感',
      '担子',
      '魄力',
      '锐气',
      '闯劲',
      '干劲',
      '拼劲',
      '激情',
      '热情',
      '积极性',
      '主动性',
      '主动',
      '推进',
      '推动',
      '进度',
      '等靠',
      '畏难',
      '怕',
      '求稳',
      '松劲',
      '懈怠',
      '不作为',
      '慢作为',
      '乱作为',
      '一抓到底',
      '较真碰硬',
      '碰硬',
      '得罪人',
      '老好人',
      '满足于',
      '标准不高',
      '成效',
      '实效',
      '问效',
      '督促',
      '奋斗',
      '争先',
      '勇于',
      '敢于',
    ],
  },
  {
    slug: 'people',
    label: '为民服务',
    cues: [
      '以人民为中心',
      '宗旨意识',
      '为民服务',
      '群众',
      '人民',
      '百姓',
      '急难愁盼',
      '为民办实事',
      '办实事',
      '实事',
      '民生',
      '民意',
      '民心',
      '为民',
      '惠民',
      '便民',
      '获得感',
      '幸福感',
      '安全感',
      '诉求',
      '人民立场',
      '服务基层',
      '服务对象',
      '服务意识',
      '群众观念',
      '联系群众',
      '走访',
    ],
  },
  {
    slug: 'risk',
    label: '风险斗争',
    cues: [
      '风险挑战',
      '防范化解',
      '风险',
      '隐患',
      '斗争精神',
      '敢于斗争',
      '善于斗争',
      '斗争本领',
      '斗争',
      '安全生产',
      '安全',
      '稳定',
      '维稳',
      '信访',
      '底线思维',
      '底线',
      '应急',
      '突发',
      '疫情防控',
      '疫情',
      '防控',
      '舆情',
      '矛盾纠纷',
      '挑战',
      '化解',
    ],
  },
  {
    slug: 'style',
    label: '工作作风',
    cues: [
      '工作作风',
      '作风建设',
      '作风',
      '四风',
      '形式主义',
      '官僚主义',
      '形式',
      '调查研究',
      '调研',
      '调查',
      '会风文风',
      '文山会海',
      '以会议落实会议',
      '以文件落实文件',
      '作风不实',
      '浮在面上',
      '浮在表面',
      '表面',
      '漂浮',
      '不深入',
      '不扎实',
      '不细致',
      '蜻蜓点水',
      '走过场',
      '留痕',
      '深入一线',
      '深入基层',
      '下基层',
      '基层一线',
      '一线',
      '实地',
      '脱离群众',
      '坐在办公室',
      '遥控指挥',
      '政绩观',
      '重形式',
      '求真务实',
      '务实',
      '工作态度',
      '沟通交流',
    ],
  },
  {
    slug: 'integrity',
    label: '廉洁自律',
    cues: [
      '廉洁自律',
      '廉洁',
      '廉政',
      '廉',
      '全面从严治党',
      '从严治党',
      '管党治党',
      '主体责任',
      '一岗双责',
      '两个责任',
      '责任制',
      '八项规定',
      '纪律规矩',
      '纪律',
      '党纪',
      '纪法',
      '纪检',
      '违纪',
      '违规',
      '遵规守纪',
      '守纪律',
      '正风肃纪',
      '监督执纪',
      '监督',
      '警示教育',
      '以案促改',
      '腐败',
      '宽松软',
      '家风',
      '亲属',
      '身边人',
      '奢靡',
      '享乐',
      '特权',
      '自我要求',
      '自律',
      '律己',
      '慎独',
      '慎微',
      '红线',
    ],
  },
  {
    slug: 'party-spirit',
    label: '党性修养',
    cues: [
      '党性修养',
      '党性锻炼',
      '党性锤炼',
      '党性',
      '初心使命',
      '初心',
      '使命',
      '宗旨',
      '正反两方面经验',
      '自我革命',
      '批评和自我批评',
      '自我批评',
      '组织生活',
      '三会一课',
      '党员意识',
      '党员身份',
      '党员标准',
      '建党精神',
      '革命',
      '先辈',
      '奉献',
      '修养',
      '锤炼',
      '党内政治生活',
    ],
  },
  {
    slug: 'ideology',
    label: '意识形态',
    cues: ['意识形态', '舆论', '宣传思想', '宣传', '网络阵地', '网络', '阵地', '思想政治工作', '新闻'],
  },
  {
    slug: 'organization',
    label: '组织建设',
    cues: [
      '组织建设',
      '基层党建',
      '党建工作',
      '党建',
      '党组织',
      '组织',
      '干部队伍',
      '干部',
      '队伍',
      '班子建设',
      '班子成员之间',
      '团结',
      '民主集中制',
      '民主集中',
      '议事决策',
      '集体决策',
      '议事',
      '选人用人',
      '换届',
      '人才',
      '培养',
      '考核',
      '激励',
      '关心关爱',
      '关爱',
      '协作',
      '配合',
      '战斗堡垒',
      '软弱涣散',
      '严管厚爱',
      '党员管理',
      '发展党员',
      '制度建设',
      '机制',
    ],
  },
  { slug: 'general', label: '综合', cues: [] },
] as const satisfies readonly CuedTerm[];

export type AspectSlug = (typeof ASPECTS)[number]['slug'];

/** The catch-all aspect for sections with no topical signal (procedure, overall evaluation). */
export const GENERAL_ASPECT: AspectSlug = 'general';

export interface PrescribedItem {
  /** Stable within its year. */
  slug: string;
  /** The prescribed wording, shortened to what identifies it. */
  label: string;
  /** Phrases that identify a section heading as this item. */
  cues: readonly string[];
  aspects: readonly AspectSlug[];
}

export interface YearProgram {
  /** 年度 reviewed (the meeting is held early the next year). */
  year: number;
  theme: ThemeSlug;
  items: readonly PrescribedItem[];
}

/** What each year's meeting was told to examine, mapped onto the cross-year aspects. */
export const YEAR_PROGRAMS: readonly YearProgram[] = [
  {
    year: 2019,
    theme: 'initial-mission',
    items: [
      { slug: 'faith', label: '理论武装与理想信念', cues: ['理想信念', '理论武装'], aspects: ['theory'] },
      { slug: 'loyalty', label: '增强"四个意识"、坚定"四个自信"、做到"两个维护"', cues: ['四个意识', '两个维护'], aspects: ['politics'] },
      { slug: 'duty', label: '担当作为', cues: ['担当作为', '奋发有为'], aspects: ['responsibility'] },
      { slug: 'service', label: '服务群众、为民服务', cues: ['服务群众', '为民服务', '宗旨'], aspects: ['people'] },
      { slug: 'governance', label: '制度权威与治理能力', cues: ['制度', '治理'], aspects: ['ability'] },
      { slug: 'integrity', label: '清正廉洁', cues: ['清正廉洁', '廉洁'], aspects: ['integrity'] },
      { slug: 'plans', label: '分管工作设想', cues: ['分管工作'], aspects: ['responsibility'] },
    ],
  },
  {
    year: 2021,
    theme: 'party-history',
    items: [
      { slug: 'two-establishes', label: '带头深刻感悟"两个确立"的决定性意义', cues: ['两个确立'], aspects: ['politics', 'theory'] },
      { slug: 'what-party-is', label: '带头牢记我们党是什么、要干什么这个根本问题', cues: ['党是什么', '要干什么'], aspects: ['politics', 'responsibility'] },
      { slug: 'people-centred', label: '带头践行以人民为中心的发展思想', cues: ['以人民为中心'], aspects: ['people'] },
      { slug: 'risks', label: '带头学习运用党在不同历史时期成功应对风险挑战的丰富经验', cues: ['风险挑战', '应对风险'], aspects: ['risk'] },
      { slug: 'lessons', label: '带头深刻汲取党史中正反两方面经验', cues: ['正反两方面经验'], aspects: ['integrity', 'party-spirit'] },
      { slug: 'emancipation', label: '带头深入开展解放思想大讨论', cues: ['解放思想'], aspects: ['ability'] },
    ],
  },
  {
    year: 2023,
    theme: 'thematic-education',
    items: [
      { slug: 'theory', label: '理论学习', cues: ['理论学习'], aspects: ['theory'] },
      { slug: 'politics', label: '政治素质', cues: ['政治素质'], aspects: ['politics'] },
      { slug: 'ability', label: '能力本领', cues: ['能力本领'], aspects: ['ability'] },
      { slug: 'responsibility', label: '担当作为', cues: ['担当作为'], aspects: ['responsibility'] },
      { slug: 'style', label: '工作作风', cues: ['工作作风'], aspects: ['style'] },
      { slug: 'integrity', label: '廉洁自律', cues: ['廉洁自律'], aspects: ['integrity'] },
    ],
  },
  {
    year: 2024,
    theme: 'party-discipline',
    items: [
      { slug: 'political-discipline', label: '带头严守政治纪律和政治规矩', cues: ['政治纪律和政治规矩'], aspects: ['politics', 'integrity'] },
      { slug: 'party-spirit', label: '带头增强党性、严守纪律、砥砺作风', cues: ['增强党性', '砥砺作风'], aspects: ['party-spirit', 'style'] },
      { slug: 'dare-to-act', label: '带头在遵规守纪前提下勇于担责、敢于创新', cues: ['勇于担责', '敢于创新'], aspects: ['responsibility', 'ability'] },
      { slug: 'strict-governance', label: '带头履行全面从严治党政治责任', cues: ['全面从严治党政治责任'], aspects: ['integrity'] },
    ],
  },
];

/** 专题 of a meeting. `cues` are matched in the title first, then the opening. */
export const THEMES = [
  { slug: 'party-history', label: '党史学习教育', cues: ['党史学习教育', '五个带头', '两个确立'], year: 2021 },
  { slug: 'initial-mission', label: '不忘初心、牢记使命主题教育', cues: ['不忘初心、牢记使命', '不忘初心牢记使命'], year: 2019 },
  { slug: 'party-discipline', label: '党纪学习教育', cues: ['党纪学习教育'], year: 2024 },
  { slug: 'eight-rules', label: '中央八项规定精神学习教育', cues: ['八项规定精神学习教育'], year: 2025 },
  { slug: 'thematic-education', label: '主题教育', cues: ['主题教育'], year: 2023 },
  { slug: 'annual', label: '年度民主生活会', cues: [], year: undefined },
] as const satisfies readonly (CuedTerm & { year: number | undefined })[];

export type ThemeSlug = (typeof THEMES)[number]['slug'];

/** Who the unit is. Cues are weighted; the strongest total wins. */
export const UNIT_TYPES = [
  { slug: 'county-standing', label: '县（区）委常委班子', cues: ['常委班子', '区委常委', '县委常委', '常委会'] },
  { slug: 'city-standing', label: '市委常委班子', cues: ['市委常委班子'] },
  { slug: 'department', label: '部门领导班子', cues: ['统战部', '宣传部', '组织部', '部领导班子', '局领导班子', '机关'] },
  { slug: 'subdistrict', label: '街道、乡镇党（工）委', cues: ['街道', '党工委', '工委书记', '乡镇', '镇党委', '社区'] },
  { slug: 'government-group', label: '政府党组', cues: ['政府党组'] },
  { slug: 'congress-group', label: '人大常委会党组', cues: ['人大常委会党组'] },
  { slug: 'cppcc-group', label: '政协党组', cues: ['政协党组'] },
  { slug: 'university', label: '高校党委', cues: ['高校', '学院党委', '大学党委'] },
  { slug: 'enterprise', label: '国有企业党委', cues: ['国企', '国有企业', '公司党委'] },
  { slug: 'other', label: '其他单位', cues: [] },
] as const satisfies readonly CuedTerm[];

export type UnitTypeSlug = (typeof UNIT_TYPES)[number]['slug'];

export const DOC_TYPES = [
  { slug: 'review', label: '对照检查材料', cues: ['对照检查', '检视剖析', '剖析材料'] },
  { slug: 'speech', label: '剖析发言', cues: ['剖析发言', '发言提纲', '发言材料', '个人剖析'] },
  { slug: 'minutes', label: '会议记录', cues: ['会议记录'] },
] as const satisfies readonly CuedTerm[];

export type DocTypeSlug = (typeof DOC_TYPES)[number]['slug'];

/** Which meeting the material is for: a party group's 民主生活会, or a branch's 组织生活会 (same skeleton, different meeting). */
export const MEETINGS = [
  { slug: 'democratic-life', label: '民主生活会', cues: ['民主生活会'] },
  { slug: 'organizational-life', label: '组织生活会', cues: ['组织生活会'] },
] as const satisfies readonly CuedTerm[];

export type MeetingSlug = (typeof MEETINGS)[number]['slug'];

export const SPEAKERS = [
  { slug: 'team', label: '班子' },
  { slug: 'individual', label: '个人' },
] as const satisfies readonly Term[];

export type SpeakerSlug = (typeof SPEAKERS)[number]['slug'];

/** What a section does in the document. Cues match section headings. */
export const SECTION_KINDS = [
  { slug: 'problems', label: '存在问题', cues: ['存在的', '存在问题', '突出问题', '主要问题', '检视问题', '查摆问题'] },
  { slug: 'causes', label: '原因剖析', cues: ['原因', '根源', '剖析'] },
  { slug: 'measures', label: '整改措施', cues: ['整改措施', '改进措施', '努力方向', '下步', '今后'] },
  { slug: 'rectification', label: '整改落实情况', cues: ['整改落实情况', '整改落实', '专项整改'] },
  { slug: 'opinions', label: '征求意见情况', cues: ['征求意见'] },
  { slug: 'explanation', label: '需要说明的问题', cues: ['需要说明', '有关事项', '说明的问题'] },
  { slug: 'criticism', label: '批评意见', cues: [] },
  { slug: 'response', label: '表态', cues: [] },
  { slug: 'comment', label: '点评', cues: [] },
  { slug: 'summary', label: '总结讲话', cues: [] },
  { slug: 'procedure', label: '会议主持', cues: [] },
  { slug: 'self-review', label: '对照检查发言', cues: [] },
  { slug: 'intro', label: '前言', cues: [] },
  { slug: 'meeting-info', label: '会议信息', cues: [] },
] as const satisfies readonly CuedTerm[];

export type SectionKindSlug = (typeof SECTION_KINDS)[number]['slug'];

/** Slug → label lookup for any vocabulary above. Throws on an unknown slug: a typo must not render blank. */
export function labelOf(terms: readonly Term[], slug: string): string {
  const term = terms.find((t) => t.slug === slug);
  if (!term) throw new Error(`unknown slug "${slug}" (known: ${terms.map((t) => t.slug).join(', ')})`);
  return term.label;
}

export function slugsOf<T extends Term>(terms: readonly T[]): [T['slug'], ...T['slug'][]] {
  return terms.map((t) => t.slug) as [T['slug'], ...T['slug'][]];
}

export function programOf(year: number): YearProgram | undefined {
  return YEAR_PROGRAMS.find((p) => p.year === year);
}

export function prescribedItemOf(year: number, slug: string): PrescribedItem | undefined {
  return programOf(year)?.items.find((i) => i.slug === slug);
}

export function yearLabel(year: number | string): string {
  return `${year}年度`;
}
