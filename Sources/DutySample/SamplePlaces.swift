import DutyModel
import Foundation

/// Place and organisation names of the sample city. Changyuan (长垣) has been a
/// county-level city since 2019, so county units are named 长垣市…; street offices and
/// towns are those of the city where known, the rest invented but plausible.
enum PlaceNames {
    /// Street offices (街道) first, then towns (镇) and townships (乡).
    static let areas = ["蒲东街道", "蒲西街道", "南蒲街道", "蒲北街道", "魏庄街道", "丁栾镇", "佘家镇", "常村镇",
                        "恼里镇", "樊相镇", "赵堤镇", "孟岗镇", "满村镇", "苗寨镇", "张三寨镇", "芦岗乡", "武邱乡"]

    static func areaName(_ index: Int) -> String {
        let base = areas[index % areas.count]
        return index < areas.count ? base : base + "第\(chineseNumeral(index / areas.count + 1))片区"
    }

    /// `蒲东街道` → `蒲东`, `丁栾镇` → `丁栾`.
    static func shortAreaName(_ name: String) -> String {
        let base = name.components(separatedBy: "第").first ?? name
        for suffix in ["街道", "镇", "乡"] where base.hasSuffix(suffix) { return String(base.dropLast(suffix.count)) }
        return base
    }

    /// First parts of compound names (no last character equal to a suffix's first).
    static let compoundPrefixes = ["幸福", "银河", "金地", "阳光", "翡翠", "锦绣", "御景", "书香", "世纪", "东方",
                                   "凤凰", "蒲城", "滨河", "紫荆", "丽景", "盛世", "和谐", "康桥", "锦华", "富康",
                                   "天润", "兴华", "振兴", "怡和", "泰和", "宏昌", "名门", "兰亭", "润泽", "君悦",
                                   "香榭", "金桥", "荷塘", "学府", "如意", "祥和", "瑞丰", "金水", "状元", "百合",
                                   "水岸", "明珠", "桃园", "春天", "帝景", "中央", "南湖", "万家", "昌盛", "建设"]
    static let compoundSuffixes = ["家园", "小区", "花园", "苑", "公寓", "新村", "华庭", "名苑", "雅居", "府",
                                   "嘉园", "佳苑", "丽都", "一品", "新城"]
    /// Old work-unit compounds (单位家属院), common in county towns.
    static let staffQuarters = ["市医院家属院", "供电公司家属院", "一中家属院", "粮食局家属院", "棉纺厂家属院",
                                "化肥厂家属院", "农机厂家属院", "税务局家属院", "教育局家属院", "水利局家属院",
                                "邮电家属院", "食品公司家属院"]

    /// `count` distinct compound names; past the supply of names, 二期, 三期 … are added.
    static func compoundNames(_ count: Int, dice: inout Dice) -> [String] {
        var combos: [String] = []
        for p in compoundPrefixes {
            for s in compoundSuffixes where p.last != s.first { combos.append(p + s) }
        }
        dice.shuffle(&combos)
        var quarters = dice.shuffled(staffQuarters)
        var names: [String] = []
        var used = Set<String>()
        var next = 0
        for _ in 0..<count {
            var base: String
            if !quarters.isEmpty && dice.percent(12) {
                base = quarters.removeLast()
            } else {
                base = combos[next % combos.count]
                next += 1
            }
            var phase = 2
            var name = base
            while used.contains(name) {
                name = base + chineseNumeral(phase) + "期"
                phase += 1
            }
            used.insert(name)
            names.append(name)
        }
        return names
    }

    static func isStaffQuarters(_ name: String) -> Bool { name.contains("家属院") }

    static let gateNames = ["东门", "南门", "西门", "北门"]

    /// Names of residents' committees (社区居委会).
    static let communities = ["如意", "宏力", "人民路", "山海", "红星", "文化", "健康", "振兴", "复兴", "胜利",
                              "向阳", "和平", "建设", "新华", "团结", "北关", "南关", "东关", "西关", "城关",
                              "前进", "光明", "友谊", "康宁", "体育路", "德邻", "锦华", "护城河", "蒲园", "文明"]

    /// County-level government units (县直单位); the first ones are the usual bureaus.
    static let governmentUnits = [
        "中共长垣市委组织部", "中共长垣市委宣传部", "中共长垣市委统战部", "中共长垣市委政法委", "长垣市纪委监委",
        "长垣市人大常委会办公室", "长垣市政协办公室", "长垣市人民政府办公室", "长垣市发展和改革委员会",
        "长垣市教育局", "长垣市科学技术和工业信息化局", "长垣市民政局", "长垣市司法局", "长垣市财政局",
        "长垣市人力资源和社会保障局", "长垣市自然资源局", "长垣市生态环境局", "长垣市住房和城乡建设局",
        "长垣市交通运输局", "长垣市水利局", "长垣市农业农村局", "长垣市商务局", "长垣市文化广电和旅游局",
        "长垣市卫生健康委员会", "长垣市退役军人事务局", "长垣市应急管理局", "长垣市审计局", "长垣市市场监督管理局",
        "长垣市统计局", "长垣市医疗保障局", "长垣市城市管理局", "长垣市信访局", "长垣市机关事务管理局",
        "长垣市行政审批和政务信息管理局", "长垣市林业局", "长垣市畜牧局", "长垣市粮食和物资储备局", "长垣市档案馆",
        "长垣市史志办公室", "长垣市人民法院", "长垣市人民检察院", "长垣市总工会", "共青团长垣市委员会",
        "长垣市妇女联合会", "长垣市科学技术协会", "长垣市残疾人联合会", "长垣市工商业联合会", "长垣市供销合作社",
        "长垣市税务局", "长垣市气象局", "长垣市烟草专卖局", "长垣市住房公积金管理中心", "长垣市不动产登记中心",
        "长垣市公共资源交易中心", "长垣市社会保险中心", "长垣市融媒体中心", "长垣市投资促进中心",
        "长垣市起重装备产业发展中心", "长垣市医疗器械产业发展中心", "长垣市烹饪产业发展中心", "长垣市城市管理综合执法大队",
        "长垣市园林绿化中心", "长垣市环境卫生服务中心", "长垣市市政工程管理处", "长垣市黄河河务局", "长垣市自然资源执法大队",
        "长垣市交通运输综合执法大队", "长垣市农业综合执法大队", "长垣市文化市场综合执法大队", "长垣市劳动保障监察大队",
    ]
    static let governmentSubunits = ["机关服务中心", "信息中心", "综合服务中心", "执法大队"]

    static let majorHospitals = ["长垣市人民医院", "长垣市中医院", "长垣市妇幼保健院", "长垣市疾病预防控制中心",
                                 "长垣市第二人民医院", "长垣市第三人民医院", "长垣市骨科医院", "长垣市精神卫生中心"]

    static let schools = ["长垣市第一中学", "长垣市第二中学", "长垣市实验中学", "长垣市第一初级中学",
                          "长垣市第二初级中学", "长垣市第一实验小学", "长垣市第二实验小学", "长垣市第三实验小学",
                          "长垣烹饪职业技术学院", "长垣市职业中等专业学校", "长垣市特殊教育学校", "长垣市机关幼儿园",
                          "长垣市蒲东小学", "长垣市蒲西小学", "长垣市南蒲中学", "长垣市蒲北中学", "长垣市宏力学校",
                          "长垣市教师进修学校", "长垣市第四实验小学", "长垣市第五实验小学"]

    /// Well-known service enterprises of a county town, then invented local firms.
    static let serviceEnterprises = ["国网长垣市供电公司", "中国移动长垣分公司", "中国联通长垣分公司",
                                     "中国电信长垣分公司", "中国邮政长垣市分公司", "长垣农商银行", "中国工商银行长垣支行",
                                     "中国农业银行长垣支行", "中国建设银行长垣支行", "中国银行长垣支行",
                                     "长垣市自来水公司", "长垣市燃气有限公司", "长垣市公共交通有限公司",
                                     "长垣市新华书店", "长垣市人民保险公司"]
    static let firmNames = ["宏达", "华瑞", "卫源", "豫北", "蒲城", "恒通", "鑫源", "中原", "华宇", "金鼎",
                            "瑞祥", "天宇", "永盛", "隆泰", "新蒲", "合力", "博远", "正泰", "德信", "方圆"]
    static let firmTrades = ["起重机械", "医疗器械", "卫生材料", "防腐工程", "建材", "食品", "餐饮管理", "物流",
                             "钢结构", "电气设备", "汽车销售", "纺织", "印务", "商贸"]

    static let propertyNames = ["宏达", "安居", "佳和", "蒲城", "鑫诚", "恒信", "万福", "家和", "正和", "锦程",
                                "康泰", "华安", "立信", "润家", "祥瑞", "德厚", "美好", "优家", "安平", "惠民"]

    static let otherUnits = ["长垣市红十字会", "长垣市慈善总会", "长垣市蒲城律师事务所", "长垣市老年大学",
                             "长垣市义工联合会", "长垣市烹饪协会", "长垣市个体劳动者协会", "长垣市书法家协会"]

    /// The `i`-th name of a list, with a distinct ending once the list is used up.
    static func cycled(_ list: [String], _ i: Int, extras: (Int) -> String) -> String {
        i < list.count ? list[i] : list[i % list.count] + extras(i / list.count)
    }
}
