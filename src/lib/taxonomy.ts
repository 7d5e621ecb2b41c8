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
      '政治理论',
      '理论素质',
      // 思想认识 is how reports name a shortfall of theoretical understanding (原因剖析's first cause);
      // 矛盾的观点 and 主要矛盾 are the dialectical method studied as theory.
      '思想认识',
      '思想方面',
      '矛盾的观点',
      '主要矛盾',
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
      '大局观念',
      '政治生命',
      '维护核心',
      '全面领导',
      '集中统一领导',
      '中央权威',
      '政治信仰',
      '政治修养',
      // Carrying out the centre's line (DOMAIN.md: 党中央决策部署).
      '路线方针政策',
      '战略部署',
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
      '开拓意识',
      '开放意识',
      '开拓',
      '科学决策',
      '决策能力',
      '知识更新',
      '本领恐慌',
      '专业化',
      '短板弱项',
      // Planning far enough ahead (DOMAIN.md: planning).
      '眼光',
      '长远',
      '预见性',
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
      '担当精神',
      '主动担当',
      '勤政',
      '实招',
      '劲头',
      '不敢',
      '被动应付',
      // Carrying one's own duty through, and the ways reports say it falls short (DOMAIN.md: 抓落实, against 不作为).
      '本职工作',
      '执行',
      '抓得不实',
      '力度不够',
      '魄力不够',
      '重视程度不够',
      '勇气',
      '求进',
      '埋头苦干',
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
      '宗旨观念',
      '群众观点',
      '群众利益',
      '解难',
      '民生福祉',
      '血肉联系',
      '人民情怀',
      '办实事解难题',
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
      '斗争意识',
      '风险意识',
      '忧患意识',
      '应急处突',
      '处突',
      '突发事件',
      '化解矛盾',
      '矛盾应对',
      '防范',
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
      '走访调研',
      '脱离实际',
      '闭门造车',
      '扑下身子',
      '转作风',
      '树新风',
      '纠“四风”',
      '面子工程',
      '形象工程',
      '痕迹管理',
      '会风',
      '文风',
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
      '自我管理',
      '廉政教育',
      '党风廉政',
      '纠风正纪',
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
      '理想信念',
      '党员形象',
      '政治修养',
    ],
  },
  {
    slug: 'ideology',
    label: '意识形态',
    cues: [
      '意识形态',
      '舆论',
      '宣传思想',
      '宣传',
      '网络阵地',
      '网络',
      '阵地',
      '思想政治工作',
      '新闻',
      '思想引领',
      '正面宣传',
      '网络舆情',
      // 意识形态工作责任制, and the 错误/负面言论 a team must answer (the genre's 敢于亮剑).
      '意识形态责任',
      '言论',
      '错误思潮',
    ],
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

      '干部队伍',

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
      '党建责任',
      '带队伍',
      '队伍建设',
      '干部管理',
      '教育管理',
      '选拔任用',
      '凝聚力',
      '战斗力',
      '团结协作',
      '党支部',
      '支部',
      '组织力',
      '年轻干部',
      '干部职工',
      '严管',
      '厚爱',
      // The team itself (班子建设): how its members talk, care for and work with each other and their staff.
      '谈心',
      '交心',
      '关心',
      '沟通协作',
      '不够团结',
      '下属',
      '两委',
      '选拔',
      '制度体系',
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
  /** A heading some units used in place of the notice's items: matched like one, but not itself prescribed (outlines leave it out). */
  alternative?: true;
}

export interface YearProgram {
  /** 年度 reviewed (the meeting is held early the next year). */
  year: number;
  theme: ThemeSlug;
  items: readonly PrescribedItem[];
}

/**
 * What each year's meeting was told to examine (the central notice on that 年度's 民主生活会), mapped onto
 * the cross-year aspects. `cues` identify a section heading as the item; units paraphrase the wording, so
 * cues are the distinctive words, not the whole sentence. Wordings marked "paraphrased" are the common
 * headings seen in public materials, not the notice's own text.
 */
export const YEAR_PROGRAMS: readonly YearProgram[] = [
  {
    year: 2018,
    theme: 'new-era-action',
    items: [
      {
        slug: 'theory',
        label: '认真学习贯彻习近平新时代中国特色社会主义思想',
        cues: ['新时代中国特色社会主义思想', '理论学习', '理论武装'],
        aspects: ['theory'],
      },
      { slug: 'loyalty', label: '树牢"四个意识"、坚定"四个自信"、坚决做到"两个维护"', cues: ['四个意识', '四个自信', '两个维护'], aspects: ['politics'] },
      { slug: 'decisions', label: '贯彻落实党中央决策部署', cues: ['党中央决策部署', '决策部署'], aspects: ['politics', 'responsibility'] },
      { slug: 'duty', label: '担当作为', cues: ['担当作为', '担当'], aspects: ['responsibility'] },
      { slug: 'four-styles', label: '纠正"四风"', cues: ['四风', '形式主义', '官僚主义'], aspects: ['style'] },
      { slug: 'integrity', label: '廉洁自律', cues: ['廉洁自律', '廉洁'], aspects: ['integrity'] },
    ],
  },
  {
    year: 2019,
    theme: 'initial-mission',
    // Many 检视剖析材料 are headed by the campaign's targets instead (理论学习有收获, 干事创业敢担当 …): cues of the items they restate.
    items: [
      { slug: 'faith', label: '理论武装与理想信念', cues: ['理想信念', '理论武装', '理论学习有收获', '思想政治受洗礼'], aspects: ['theory'] },
      { slug: 'loyalty', label: '增强"四个意识"、坚定"四个自信"、做到"两个维护"', cues: ['四个意识', '两个维护'], aspects: ['politics'] },
      { slug: 'duty', label: '担当作为', cues: ['担当作为', '奋发有为', '干事创业敢担当'], aspects: ['responsibility'] },
      { slug: 'service', label: '服务群众、为民服务', cues: ['服务群众', '为民服务', '宗旨', '为民服务解难题'], aspects: ['people'] },
      { slug: 'governance', label: '制度权威与治理能力', cues: ['制度', '治理'], aspects: ['ability'] },
      { slug: 'integrity', label: '清正廉洁', cues: ['清正廉洁', '廉洁', '清正廉洁作表率'], aspects: ['integrity'] },
      { slug: 'plans', label: '分管工作设想', cues: ['分管工作'], aspects: ['responsibility'] },
    ],
  },
  {
    year: 2020,
    theme: 'political-building',
    items: [
      {
        slug: 'new-thought',
        label: '学懂弄通做实习近平新时代中国特色社会主义思想',
        cues: ['学懂弄通做实', '学懂弄通', '新时代中国特色社会主义思想'],
        aspects: ['theory'],
      },
      { slug: 'party-leadership', label: '坚持和加强党的全面领导', cues: ['党的全面领导', '全面领导', '两个维护'], aspects: ['politics'] },
      { slug: 'duty', label: '履职尽责、担当作为', cues: ['履职尽责', '担当作为'], aspects: ['responsibility'] },
      { slug: 'fifth-plenum', label: '学习贯彻党的十九届五中全会精神', cues: ['五中全会'], aspects: ['theory', 'ability'] },
      { slug: 'strict-governance', label: '落实全面从严治党责任', cues: ['全面从严治党', '从严治党', '管党治党'], aspects: ['integrity'] },
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
    year: 2022,
    theme: 'twentieth-congress',
    items: [
      {
        slug: 'two-establishes',
        label: '带头深刻领悟"两个确立"的决定性意义，增强"四个意识"、坚定"四个自信"、做到"两个维护"',
        cues: ['两个确立', '两个维护', '四个意识'],
        aspects: ['politics'],
      },
      {
        slug: 'new-thought',
        label: '带头学习贯彻习近平新时代中国特色社会主义思想',
        cues: ['新时代中国特色社会主义思想', '创新理论', '理论武装'],
        aspects: ['theory'],
      },
      { slug: 'decisions', label: '带头贯彻落实党中央决策部署', cues: ['党中央决策部署', '决策部署', '担当作为'], aspects: ['politics', 'responsibility'] },
      { slug: 'people-centred', label: '带头践行以人民为中心的发展思想', cues: ['以人民为中心', '人民立场'], aspects: ['people'] },
      { slug: 'strict-governance', label: '带头落实全面从严治党政治责任', cues: ['全面从严治党', '从严治党', '管党治党'], aspects: ['integrity'] },
      { slug: 'struggle', label: '带头发扬斗争精神、增强斗争本领', cues: ['斗争精神', '斗争本领'], aspects: ['risk'] },
    ],
  },
  {
    year: 2023,
    theme: 'thematic-education',
    items: [
      { slug: 'theory', label: '理论学习', cues: ['理论学习', '凝心铸魂', '筑牢根本'], aspects: ['theory'] },
      { slug: 'politics', label: '政治素质', cues: ['政治素质', '锤炼品格', '强化忠诚'], aspects: ['politics'] },
      { slug: 'ability', label: '能力本领', cues: ['能力本领'], aspects: ['ability'] },
      { slug: 'responsibility', label: '担当作为', cues: ['担当作为', '实干担当'], aspects: ['responsibility'] },
      { slug: 'style', label: '工作作风', cues: ['工作作风'], aspects: ['style'] },
      { slug: 'integrity', label: '廉洁自律', cues: ['廉洁自律', '廉洁奉公', '树立新风'], aspects: ['integrity'] },
      // The central 具体目标 some units headed by instead: 践行宗旨为民造福 has no aspect of its own among the six.
      { slug: 'service', label: '践行宗旨、为民造福', cues: ['践行宗旨', '为民造福'], aspects: ['people'], alternative: true },
    ],
  },
  {
    year: 2024,
    theme: 'party-discipline',
    items: [
      { slug: 'political-discipline', label: '带头严守政治纪律和政治规矩', cues: ['政治纪律和政治规矩'], aspects: ['politics', 'integrity'] },
      { slug: 'party-spirit', label: '带头增强党性、严守纪律、砥砺作风', cues: ['增强党性', '砥砺作风'], aspects: ['party-spirit', 'style'] },
      {
        slug: 'dare-to-act',
        label: '带头在遵规守纪前提下勇于担责、敢于创新',
        cues: ['勇于担责', '敢于创新', '遵规守纪', '遵守纪律'],
        aspects: ['responsibility', 'ability'],
      },
      { slug: 'strict-governance', label: '带头履行全面从严治党政治责任', cues: ['全面从严治党政治责任'], aspects: ['integrity'] },
    ],
  },
  {
    year: 2025,
    theme: 'eight-rules',
    // Only the first item's wording is confirmed; the other four are labelled as units paraphrase them.
    items: [
      { slug: 'loyalty', label: '带头强化政治忠诚、提高政治能力', cues: ['政治忠诚', '政治能力'], aspects: ['politics'] },
      { slug: 'party-spirit', label: '带头加强党性修养', cues: ['党性修养', '政绩观', '增强党性'], aspects: ['party-spirit'] },
      { slug: 'awe', label: '带头保持敬畏之心、严守纪法', cues: ['敬畏', '权力观', '纪律规矩', '纪法'], aspects: ['integrity'] },
      { slug: 'duty', label: '带头担当作为、真抓实干', cues: ['担当作为', '真抓实干', '狠抓落实'], aspects: ['responsibility'] },
      { slug: 'strict-governance', label: '带头履行管党治党政治责任', cues: ['管党治党', '从严治党', '主体责任'], aspects: ['integrity'] },
    ],
  },
];

/**
 * 专题 of a meeting. Each year's meeting has one theme (YEAR_PROGRAMS), so a report's theme follows from its
 * year; `cues` (matched in the title, then the opening; the longest wins) only decide when no 年度 is stated,
 * and then give the year too. Cues are campaign names, never phrases later years quote (五个带头, 两个确立).
 */
export const THEMES = [
  { slug: 'new-era-action', label: '学习贯彻新思想、勇于担当作为', cues: ['以求真务实作风坚决把党中央决策部署落到实处'] },
  { slug: 'initial-mission', label: '不忘初心、牢记使命主题教育', cues: ['不忘初心、牢记使命', '不忘初心牢记使命', '“不忘初心、牢记使命”'] },
  { slug: 'political-building', label: '加强政治建设、提高政治能力、坚守人民情怀', cues: ['坚守人民情怀'] },
  { slug: 'party-history', label: '党史学习教育', cues: ['党史学习教育', '学党史、悟思想、办实事、开新局'] },
  { slug: 'twentieth-congress', label: '学习贯彻党的二十大精神', cues: ['六个带头'] },
  { slug: 'thematic-education', label: '主题教育', cues: ['主题教育'] },
  { slug: 'party-discipline', label: '党纪学习教育', cues: ['党纪学习教育'] },
  { slug: 'eight-rules', label: '中央八项规定精神学习教育', cues: ['八项规定精神学习教育', '锲而不舍落实中央八项规定精神'] },
  { slug: 'annual', label: '年度民主生活会', cues: [] },
] as const satisfies readonly CuedTerm[];

export type ThemeSlug = (typeof THEMES)[number]['slug'];

/** The year whose program has this theme. */
export function yearOfTheme(theme: ThemeSlug): number | undefined {
  return YEAR_PROGRAMS.find((p) => p.theme === theme)?.year;
}

/**
 * Who the unit is. `cues` name the unit (in the title, or as the subject of the text); `self` are the ways
 * a text refers to its own unit (我镇, 本局). Names merely mentioned (县委组织部的通知, 征求社区意见) are
 * left out by the classifier, not here.
 */
export const UNIT_TYPES = [
  {
    slug: 'county-standing',
    label: '县（区）委常委班子',
    cues: ['常委班子', '区委常委', '县委常委', '常委会', '县委班子', '区委班子', '县委领导班子', '区委领导班子'],
    self: ['全县', '全区'],
  },
  { slug: 'city-standing', label: '市委常委班子', cues: ['市委常委班子', '市委常委会', '市委常委'], self: [] },
  {
    slug: 'department',
    label: '市直/县直部门（党组）',
    cues: [
      '统战部',
      '宣传部',
      '组织部',
      '政法委',
      '部领导班子',
      '局领导班子',
      '局党组',
      '局党委',
      '委党组',
      '办党组',
      // 县委办公室, 政府办公室 (a bare 办公室 is a room: 坐在办公室).
      '委办公室',
      '府办公室',
      '县委办',
      '政府办',
      '管理处',
      '机关党委',
      '机关',
      '党组',
      '市直',
      '县直',
      '区直',
      '局',
    ],
    self: ['我局', '我部', '我委', '我办', '本局', '本部门', '我们局', '全系统'],
  },
  {
    slug: 'subdistrict',
    label: '街道、乡镇党（工）委',
    // A 街道 or 镇 oversees its 社区 and 村: 各社区, 包村 are the author's own words about them.
    cues: [
      '街道',
      '党工委',
      '工委书记',
      '乡镇',
      '镇党委',
      '乡党委',
      '镇领导班子',
      '乡领导班子',
      '镇长',
      '乡长',
      '各社区',
      '分包社区',
      '各村',
      '包村',
      '村（社区）',
      '镇',
    ],
    self: ['我镇', '我乡', '我街道', '本镇', '本乡', '全镇', '全乡', '全街道', '全镇上下'],
  },
  {
    slug: 'village',
    label: '村/社区党组织',
    cues: ['村党支部', '村党总支', '村党委', '社区党支部', '社区党总支', '社区党委', '村两委', '村“两委”', '村"两委"', '两委班子', '村委会', '居委会'],
    self: ['我村', '本村', '全村', '我社区', '本社区', '全社区'],
  },
  { slug: 'government-group', label: '政府党组', cues: ['政府党组', '人民政府', '政府领导班子'], self: [] },
  { slug: 'congress-group', label: '人大常委会党组', cues: ['人大常委会党组', '人大党组', '人大机关', '人大常委会', '人大'], self: [] },
  { slug: 'cppcc-group', label: '政协党组', cues: ['政协党组', '政协领导班子', '政协'], self: [] },
  {
    slug: 'university',
    label: '高校/学院党委',
    cues: ['高校', '大学', '大学党委', '高校党委', '学院党委', '学院领导班子', '学院党总支', '职业技术学院', '学院'],
    // 我校 is the school's (listed there); a university's material names itself in the title.
    self: [],
  },
  {
    slug: 'school',
    label: '中小学/学校党支部',
    cues: ['中学', '小学', '学校党支部', '学校党总支', '学校领导班子', '学校党委', '幼儿园', '教师党支部', '学校'],
    self: ['我校', '本校', '全校'],
  },
  { slug: 'hospital', label: '医院', cues: ['医院', '卫生院', '医院党委', '中医院'], self: ['我院', '本院', '全院'] },
  {
    slug: 'enterprise',
    label: '国有企业党委',
    cues: ['国企', '国有企业', '公司党委', '集团党委', '公司领导班子', '集团', '公司'],
    self: ['我公司', '本公司', '我集团', '全公司', '全集团'],
  },
  { slug: 'other', label: '其他单位', cues: [], self: [] },
] as const satisfies readonly (CuedTerm & { self: readonly string[] })[];

export type UnitTypeSlug = (typeof UNIT_TYPES)[number]['slug'];

/**
 * Kinds of material. `cues` are matched in the title (the longest wins; a tie goes to the earlier kind;
 * news only when a meeting follows its verb); without a title cue the classifier reads the text's form
 * (header fields, a greeting, a news lead).
 */
export const DOC_TYPES = [
  {
    slug: 'review',
    label: '对照检查材料',
    cues: ['对照检查材料', '检视剖析材料', '对照检查剖析材料', '对照检查', '检视剖析', '剖析材料', '检查材料', '对照检视'],
  },
  {
    slug: 'speech',
    label: '发言提纲/剖析发言',
    cues: ['剖析发言', '发言提纲', '发言材料', '个人剖析', '对照检查发言', '检视剖析发言', '个人发言', '发言稿'],
  },
  { slug: 'minutes', label: '会议记录', cues: ['会议记录', '会议纪要', '会议笔录'] },
  { slug: 'remarks', label: '点评讲话', cues: ['点评讲话', '点评', '点评发言', '指导讲话'] },
  { slug: 'chair', label: '主持词/讲话', cues: ['主持词', '主持讲话', '主持稿', '上的讲话', '总结讲话', '讲话稿', '讲话提纲'] },
  { slug: 'problem-list', label: '查摆问题清单', cues: ['问题清单', '查摆问题清单', '问题台账', '检视问题清单'] },
  {
    slug: 'rectification',
    label: '整改方案/整改落实情况报告',
    cues: ['整改方案', '整改落实情况', '整改情况报告', '整改落实方案', '整改清单', '整改工作方案', '整改措施清单', '整改报告'],
  },
  // A headline's verb (…召开…民主生活会; …纪实 is one too); without a headline the classifier reads the lead and bylines.
  { slug: 'news', label: '新闻报道', cues: ['召开', '举行'] },
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

export function programOf(year: number | null): YearProgram | undefined {
  return YEAR_PROGRAMS.find((p) => p.year === year);
}

export function prescribedItemOf(year: number | null, slug: string): PrescribedItem | undefined {
  return programOf(year)?.items.find((i) => i.slug === slug);
}

/**
 * A report whose source names no 年度 has year null: its facet value is this term, listed after every
 * known year. Everything that labels or orders years goes through yearSlug / yearLabel / newestYearFirst.
 */
export const UNKNOWN_YEAR = { slug: 'unknown', label: '年度不详' } as const satisfies Term;

/** A year as a facet value (URL-safe): '2023', or 'unknown'. */
export function yearSlug(year: number | null): string {
  return year === null ? UNKNOWN_YEAR.slug : String(year);
}

export function yearLabel(year: number | string | null): string {
  return year === null || year === UNKNOWN_YEAR.slug ? UNKNOWN_YEAR.label : `${year}年度`;
}

/** Sort order of years, as numbers or facet values: newest first, unknown last. */
export function newestYearFirst(a: number | string | null, b: number | string | null): number {
  const rank = (y: number | string | null) => (y === null || y === UNKNOWN_YEAR.slug ? 0 : Number(y));
  return rank(b) - rank(a);
}
