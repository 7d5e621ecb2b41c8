/**
 * Test fixtures: short documents written for these tests in the style of the materials users feed the
 * library (titles, openings, headers of 对照检查材料, 发言提纲, 会议记录, 主持词, 点评, 清单, 整改报告 and news
 * reports, 2018–2025, from 镇, 局, 政协, 学校, 村 …). Never site content. Each gives the metadata a careful
 * reader would assign; `title` is what the library should call it when the source has no title line.
 */
import type { ReportMeta } from '../classify.ts';

export interface MetadataSample {
  name: string;
  lines: string[];
  expected: ReportMeta;
  /** The title the report should get (checked when given). */
  title?: string;
}

const team = 'team';
const individual = 'individual';
const dlm = 'democratic-life';
const olm = 'organizational-life';

export const METADATA_SAMPLES: MetadataSample[] = [
  {
    name: '镇党委班子 2025 对照检查（五个带头、八项规定）',
    lines: [
      '**镇党委领导班子2025年度民主生活会对照检查材料',
      '根据上级党委关于召开2025年度民主生活会的统一部署，**镇党委领导班子紧扣会议主题，围绕“五个带头”，锲而不舍落实中央八项规定精神，会前广泛征求了各村（社区）和驻镇单位的意见建议38条。',
      '一、存在的主要问题',
      '（一）在带头强化政治忠诚、提高政治能力方面',
      '理论学习转化不够，在推动我镇乡村振兴示范片建设中思考不深、谋划不细。',
      '（二）在带头加强党性修养、树立和践行正确政绩观方面',
      '个别班子成员存在重显绩轻潜绩的倾向，全镇项目谋划追求短期见效。',
    ],
    expected: { year: 2025, unit: 'subdistrict', speaker: team, docType: 'review', theme: 'eight-rules', meeting: dlm },
  },
  {
    name: '镇领导个人 2025，无标题行，提到班子成员',
    lines: [
      '根据县委关于召开 2025 年度民主生活会的统一部署，我在会前认真学习了党的二十届四中全会精神，系统重温了中央八项规定及其实施细则，广泛征求了班子成员、分管站所和基层党员群众的意见建议21条。现将个人对照检查情况报告如下。',
      '一、存在的问题',
      '（一）在带头强化政治忠诚、提高政治能力方面',
      '一是理论武装的深度不够。本人学习党的创新理论有时满足于读过了、学过了，对如何与我镇网格化治理结合思考不深。',
      '二是政治判断的锐度不强。今年上半年推动生态旅游项目时，我更多关注经济效益，对潜在风险预判不足。',
      '（二）在带头担当作为方面',
      '作为分管经济工作的副镇长，我在招商引资上有畏难情绪，与班子成员沟通协调不够。',
    ],
    expected: { year: 2025, unit: 'subdistrict', speaker: individual, docType: 'review', theme: 'eight-rules', meeting: dlm },
    title: '根据县委关于召开 2025 年度民主生活会的统一部署…',
  },
  {
    name: '区委常委个人发言提纲 2022（六个带头）',
    lines: [
      '区委常委、宣传部部长2022年度民主生活会个人发言提纲',
      '按照区委常委班子2022年度民主生活会的安排，我围绕“六个带头”，认真查摆问题，深刻剖析根源。',
      '一、对照“六个带头”查摆的问题',
      '（一）带头深刻领悟“两个确立”的决定性意义方面。作为区委常委，我在全区宣传思想工作中贯彻落实还不够到位。',
      '（二）带头学习贯彻习近平新时代中国特色社会主义思想方面。本人学习有时不够系统。',
    ],
    expected: { year: 2022, unit: 'county-standing', speaker: individual, docType: 'speech', theme: 'twentieth-congress', meeting: dlm },
  },
  {
    name: '市政协党组 2024 对照检查',
    lines: [
      '市政协党组2024年度民主生活会对照检查材料',
      '按照市委统一部署，市政协党组以巩固深化党纪学习教育成果为主题，认真开展会前学习研讨，广泛听取政协委员和各民主党派意见。',
      '一、存在的问题',
      '（一）带头严守政治纪律和政治规矩方面。党组对政协协商成果转化跟踪问效不够。',
      '（二）带头增强党性、严守纪律、砥砺作风方面。调研有时走马观花。',
    ],
    expected: { year: 2024, unit: 'cppcc-group', speaker: team, docType: 'review', theme: 'party-discipline', meeting: dlm },
  },
  {
    name: '区政协党组召开民主生活会：新闻报道',
    lines: [
      '区政协党组班子召开2025年度民主生活会',
      '2月14日，区政协党组班子召开2025年度民主生活会。区政协党组书记主持会议并作总结讲话，区委督导组到会指导。',
      '会议通报了2024年度区政协党组班子民主生活会查摆问题整改落实情况和深入贯彻中央八项规定精神学习教育整改落实情况。党组书记代表党组班子作对照检查，并带头作个人对照检查，其他党组成员逐一发言。',
      '会议强调，要扎实做好民主生活会“后半篇文章”。',
    ],
    expected: { year: 2025, unit: 'cppcc-group', speaker: team, docType: 'news', theme: 'eight-rules', meeting: dlm },
  },
  {
    name: '市直局党组 2023 主题教育专题，提到组织部和社区',
    lines: [
      '市住房和城乡建设局党组2023年度主题教育专题民主生活会对照检查材料',
      '根据市委组织部《关于开好2023年度主题教育专题民主生活会的通知》要求，局党组采取座谈会等方式征求了社区、企业和服务对象意见建议26条。',
      '一、存在的问题',
      '（一）理论学习方面。我局党组理论学习中心组学习有时以读代学。',
      '（二）政治素质方面。局党组对行业领域风险隐患研判不够。',
      '（三）能力本领方面。全系统专业人才储备不足。',
    ],
    expected: { year: 2023, unit: 'department', speaker: team, docType: 'review', theme: 'thematic-education', meeting: dlm },
  },
  {
    name: '中学党支部 2023 组织生活会',
    lines: [
      '县第一中学第一党支部2023年度组织生活会对照检查材料',
      '按照县委教育工委的部署，支部委员会结合主题教育，认真查摆问题。',
      '一、存在的问题',
      '（一）理论学习方面。支部集中学习形式单一，教师党员学用结合不紧。',
      '（二）作用发挥方面。我校党员教师在课后服务中示范带动不够。',
    ],
    expected: { year: 2023, unit: 'school', speaker: team, docType: 'review', theme: 'thematic-education', meeting: olm },
  },
  {
    name: '小学教师党员 2024 组织生活会个人材料',
    lines: [
      '2024年度组织生活会党员个人对照检查材料',
      '按照学校党支部关于召开2024年度组织生活会的通知要求，我认真学习了党纪学习教育有关内容，现将个人对照检查情况汇报如下。',
      '一、存在的问题',
      '（一）学习不够深入。作为一名小学教师党员，我学习党规党纪多停留在读过了。',
      '（二）服务意识不强。本人与学生家长沟通不多，对我校“双减”工作思考不够。',
    ],
    expected: { year: 2024, unit: 'school', speaker: individual, docType: 'review', theme: 'party-discipline', meeting: olm },
  },
  {
    name: '镇会议记录：会议时间/参会人员变体，无标题行',
    lines: [
      '会议时间：2024年1月26日上午9:00',
      '会议地点：镇党委三楼会议室',
      '参会人员：镇党委书记、镇长及全体班子成员',
      '列席人员：县委第三督导组成员',
      '主持人：镇党委书记',
      '记录人：党政办主任',
      '会议议程：',
      '①通报上年度民主生活会整改落实情况和本次会议征求意见情况；',
      '②班子成员逐一对照检查，开展批评和自我批评。',
      '会议内容：',
      '书记：',
      '同志们，今天我们召开镇党委领导班子主题教育专题民主生活会。我镇会前共征求意见建议32条。',
      '镇长：',
      '我对照主题教育要求，查摆了三个方面的问题。',
    ],
    expected: { year: 2023, unit: 'subdistrict', speaker: team, docType: 'minutes', theme: 'thematic-education', meeting: dlm },
    title: '同志们，今天我们召开镇党委领导班子主题教育专题民主生活会',
  },
  {
    name: '政协会议记录：会议主题字段',
    lines: [
      '时间：2023年12月28日',
      '地点：机关五楼会议室',
      '出席人员：党组书记、党组成员',
      '主持人：党组书记',
      '记录人：办公室主任',
      '会议主题：市政协党组主题教育专题民主生活会',
      '内容：',
      '党组书记：',
      '今天召开市政协党组主题教育专题民主生活会，会前党组围绕政协协商工作征求了委员意见。',
    ],
    expected: { year: 2023, unit: 'cppcc-group', speaker: team, docType: 'minutes', theme: 'thematic-education', meeting: dlm },
    title: '市政协党组主题教育专题民主生活会',
  },
  {
    name: '督导组点评讲话 2022',
    lines: [
      '督导组组长在县委常委班子2022年度民主生活会上的点评讲话',
      '同志们：',
      '刚才，县委常委班子和各位常委同志围绕“六个带头”进行了对照检查，开展了批评和自我批评。我代表督导组讲三点意见。',
      '一、会前准备充分',
      '县委常委班子对这次民主生活会高度重视，会前深入开展谈心谈话。',
    ],
    expected: { year: 2022, unit: 'county-standing', speaker: individual, docType: 'remarks', theme: 'twentieth-congress', meeting: dlm },
  },
  {
    name: '县政府党组主持词 2023',
    lines: [
      '在县政府党组2023年度主题教育专题民主生活会上的主持词',
      '同志们：',
      '现在开会。经县委同意，今天我们召开县政府党组主题教育专题民主生活会。市委第二指导组的同志到会指导，我代表县政府党组表示欢迎。',
      '下面进行第一项议程：由我通报上年度民主生活会整改落实情况。',
    ],
    expected: { year: 2023, unit: 'government-group', speaker: individual, docType: 'chair', theme: 'thematic-education', meeting: dlm },
  },
  {
    name: '局党组查摆问题清单 2022',
    lines: [
      '县市场监督管理局党组2022年度民主生活会查摆问题清单',
      '1.理论学习方面：学习贯彻党的二十大精神不够深入系统。',
      '2.担当作为方面：食品安全监管存在盲区。',
      '3.工作作风方面：深入企业调研不够。',
      '4.廉洁自律方面：对干部八小时以外监督不够。',
    ],
    expected: { year: 2022, unit: 'department', speaker: team, docType: 'problem-list', theme: 'twentieth-congress', meeting: dlm },
  },
  {
    name: '镇党委整改方案 2023',
    lines: [
      '**镇党委关于2023年度主题教育专题民主生活会查摆问题的整改方案',
      '为抓好2023年度主题教育专题民主生活会查摆问题整改，结合我镇实际，制定本方案。',
      '一、整改目标',
      '二、整改任务',
      '（一）理论学习方面的问题。整改措施：落实镇党委理论学习中心组学习制度。',
    ],
    expected: { year: 2023, unit: 'subdistrict', speaker: team, docType: 'rectification', theme: 'thematic-education', meeting: dlm },
  },
  {
    name: '区人大常委会党组整改落实情况报告 2021',
    lines: [
      '关于2021年度党史学习教育专题民主生活会整改落实情况的报告',
      '区人大常委会党组对照党史学习教育专题民主生活会查摆的问题，逐项制定整改措施，现将整改落实情况报告如下。',
      '一、整改落实情况',
      '（一）带头深刻感悟“两个确立”的决定性意义方面。常委会党组组织专题学习6次。',
    ],
    expected: { year: 2021, unit: 'congress-group', speaker: team, docType: 'rectification', theme: 'party-history', meeting: dlm },
  },
  {
    name: '国企党委 2024',
    lines: [
      '市交通投资集团有限公司党委领导班子2024年度民主生活会对照检查材料',
      '按照市国资委党委通知要求，公司党委班子围绕“四个带头”深入查摆问题，现报告如下。',
      '一、存在的问题',
      '（一）带头严守政治纪律和政治规矩方面。集团党委对子公司落实重大决策部署情况督导不够。',
    ],
    expected: { year: 2024, unit: 'enterprise', speaker: team, docType: 'review', theme: 'party-discipline', meeting: dlm },
  },
  {
    name: '大学党委常委会 2022',
    lines: [
      '某某大学党委常委会2022年度民主生活会对照检查材料',
      '学校党委常委会围绕学习贯彻党的二十大精神这一主题，广泛征求了二级学院、师生代表的意见建议。',
      '一、存在的问题',
      '（一）带头深刻领悟“两个确立”的决定性意义方面。全校思想政治工作与育人结合不够紧。',
    ],
    expected: { year: 2022, unit: 'university', speaker: team, docType: 'review', theme: 'twentieth-congress', meeting: dlm },
  },
  {
    name: '县人民医院班子 2023',
    lines: [
      '县人民医院领导班子2023年度主题教育专题民主生活会对照检查材料',
      '按照县卫生健康局党委部署，医院领导班子会前征求了临床科室和患者代表意见建议。',
      '一、存在的问题',
      '（一）理论学习方面。我院班子理论学习与医院高质量发展结合不紧。',
    ],
    expected: { year: 2023, unit: 'hospital', speaker: team, docType: 'review', theme: 'thematic-education', meeting: dlm },
  },
  {
    name: '村党支部 2023 组织生活会',
    lines: [
      '**村党支部2023年度组织生活会对照检查材料',
      '按照镇党委要求，村党支部召开组织生活会，会前征求了党员和群众代表意见。',
      '一、存在的问题',
      '（一）理论学习方面。我村党员集中学习参学率不高。',
    ],
    expected: { year: 2023, unit: 'village', speaker: team, docType: 'review', theme: 'thematic-education', meeting: olm },
  },
  {
    name: '社区党委书记个人 2022 组织生活会',
    lines: [
      '社区党委书记2022年度组织生活会个人对照检查材料',
      '按照街道党工委的通知要求，我认真对照检查，现汇报如下。',
      '一、存在的问题',
      '（一）作为社区党委书记，我对网格员队伍管理不严，本社区居民急难愁盼问题回应不够及时。',
    ],
    expected: { year: 2022, unit: 'village', speaker: individual, docType: 'review', theme: 'twentieth-congress', meeting: olm },
  },
  {
    name: '区人大常委会党组 2020',
    lines: [
      '区人大常委会党组2020年度民主生活会对照检查材料',
      '按照区委要求，常委会党组围绕加强政治建设、提高政治能力、坚守人民情怀这一主题查摆问题。',
      '一、存在的问题',
      '（一）学懂弄通做实习近平新时代中国特色社会主义思想方面。党组学习有时满足于传达。',
      '（二）坚持和加强党的全面领导方面。重大事项请示报告不够及时。',
    ],
    expected: { year: 2020, unit: 'congress-group', speaker: team, docType: 'review', theme: 'political-building', meeting: dlm },
  },
  {
    name: '县政府党组 2018',
    lines: [
      '县人民政府党组2018年度民主生活会对照检查材料',
      '县政府党组围绕学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，认真查摆问题。',
      '一、存在的问题',
      '（一）学习贯彻习近平新时代中国特色社会主义思想方面。党组学习存在以会代学现象。',
      '（二）纠正“四风”方面。文山会海问题仍然存在。',
    ],
    expected: { year: 2018, unit: 'government-group', speaker: team, docType: 'review', theme: 'new-era-action', meeting: dlm },
  },
  {
    name: '局领导班子不忘初心专题（无年度，主题给出年份）',
    lines: [
      '县财政局领导班子“不忘初心、牢记使命”专题民主生活会检视剖析材料',
      '按照县委主题教育领导小组的部署，局领导班子对照党章党规找差距，现将检视剖析情况报告如下。',
      '一、检视的主要问题',
      '（一）理论武装、理想信念方面。班子学习不够系统。',
    ],
    expected: { year: 2019, unit: 'department', speaker: team, docType: 'review', theme: 'initial-mission', meeting: dlm },
  },
  {
    name: '个人材料，只有 XX年度 占位（年度不详）',
    lines: [
      'XX年度民主生活会个人对照检查材料',
      '按照要求，我认真学习了有关文件，广泛征求意见，现将本人对照检查情况汇报如下。',
      '一、存在的问题',
      '（一）理论学习方面。本人学习不够深入，对班子成员的提醒不够。',
    ],
    expected: { year: null, unit: 'other', speaker: individual, docType: 'review', theme: 'annual', meeting: dlm },
  },
  {
    name: '镇班子，*年度 占位（年度不详）',
    lines: [
      '*年度**镇党委班子民主生活会对照检查材料',
      '**镇党委班子认真查摆问题，全镇上下形成了抓整改的共识。',
      '一、存在的问题',
      '（一）担当作为方面。班子对信访积案化解办法不多。',
    ],
    expected: { year: null, unit: 'subdistrict', speaker: team, docType: 'review', theme: 'annual', meeting: dlm },
  },
  {
    name: '2025 材料引用党史学习教育与五个带头：年度优先',
    lines: [
      '2025年度民主生活会“五个带头”对照检查材料',
      '县委办公室领导班子巩固拓展党史学习教育成果，锲而不舍落实中央八项规定精神，现对照“五个带头”检查如下。',
      '一、存在的问题',
      '（一）在带头强化政治忠诚、提高政治能力方面。班子对上级决策部署领会不够深。',
    ],
    expected: { year: 2025, unit: 'department', speaker: team, docType: 'review', theme: 'eight-rules', meeting: dlm },
  },
  {
    name: '2024 材料提到主题教育成果：年度优先',
    lines: [
      '2024年度民主生活会领导班子对照检查材料',
      '区委统战部领导班子巩固拓展主题教育成果，巩固深化党纪学习教育成果，认真查摆问题。',
      '一、存在的问题',
      '（一）带头严守政治纪律和政治规矩方面。对统一战线领域风险研判不够。',
    ],
    expected: { year: 2024, unit: 'department', speaker: team, docType: 'review', theme: 'party-discipline', meeting: dlm },
  },
  {
    name: '个人发言材料，标题不说个人，正文第一人称',
    lines: [
      '2023年度主题教育专题民主生活会发言材料',
      '按照县委要求，本人认真学习，广泛征求班子成员和分管部门意见，现将对照检查情况汇报如下。',
      '一、存在的问题',
      '（一）理论学习方面。我学习有时浮于表面，与班子成员交流学习体会不多。',
      '（二）担当作为方面。作为分管农业的副县长，我对全县高标准农田建设督导不够。',
    ],
    expected: { year: 2023, unit: 'county-standing', speaker: individual, docType: 'speech', theme: 'thematic-education', meeting: dlm },
  },
  {
    name: '新闻报道，无标题行',
    lines: [
      '1月15日，**镇党委领导班子召开2023年度主题教育专题民主生活会。镇党委书记主持会议并讲话，县委第三指导组到会指导。',
      '会上，镇党委书记代表班子作对照检查，班子成员逐一发言，开展批评和自我批评。',
    ],
    expected: { year: 2023, unit: 'subdistrict', speaker: team, docType: 'news', theme: 'thematic-education', meeting: dlm },
    title: '1月15日，**镇党委领导班子召开2023年度主题教育专题民主生活会',
  },
  {
    name: '汉字年份：二〇二二年度',
    lines: [
      '县委常委班子二〇二二年度民主生活会对照检查材料',
      '县委常委班子围绕“六个带头”，认真开展对照检查。',
      '一、存在的问题',
      '（一）带头发扬斗争精神、增强斗争本领方面。防范化解重大风险的办法不多。',
    ],
    expected: { year: 2022, unit: 'county-standing', speaker: team, docType: 'review', theme: 'twentieth-congress', meeting: dlm },
  },
  {
    name: '标题折成两行',
    lines: [
      '**街道党工委领导班子2022年度民主生活会',
      '对照检查材料',
      '按照区委部署，街道党工委班子认真查摆问题，征求了各社区意见。',
      '一、存在的问题',
      '（一）带头践行以人民为中心的发展思想方面。班子对老旧小区改造中群众诉求回应不及时。',
    ],
    expected: { year: 2022, unit: 'subdistrict', speaker: team, docType: 'review', theme: 'twentieth-congress', meeting: dlm },
    title: '**街道党工委领导班子2022年度民主生活会对照检查材料',
  },
  {
    name: '市委常委班子 2021 党史学习教育',
    lines: [
      '市委常委班子党史学习教育专题民主生活会对照检查材料',
      '按照中央和省委部署，市委常委班子围绕“五个带头”，认真查摆问题，全市各级党组织同步开展学习。',
      '一、存在的问题',
      '（一）带头深刻感悟“两个确立”的决定性意义方面。常委会学习有时满足于传达。',
    ],
    expected: { year: 2021, unit: 'city-standing', speaker: team, docType: 'review', theme: 'party-history', meeting: dlm },
  },
];
