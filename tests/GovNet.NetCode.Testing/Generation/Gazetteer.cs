using System.Globalization;

namespace GovNet.NetCode.Testing.Generation;

/// <summary>
/// Realistic unit names for a city of Yulin's shape: county departments (县直部门) and towns (镇).
/// Units of the home county go unprefixed like the example network; the other counties prefix theirs,
/// and a round number is appended once every name has been used, so ids never repeat at any scale.
/// </summary>
internal static class Gazetteer
{
    public const string CentreId = "xinxi-zhongxin";

    public static readonly (string Slug, string Name) HomeCounty = ("jiaxian", "佳县");

    private static readonly (string Slug, string Name)[] Counties =
    [
        HomeCounty, ("shenmu", "神木市"), ("fugu", "府谷县"), ("yuyang", "榆阳区"), ("hengshan", "横山区"), ("jingbian", "靖边县"),
        ("dingbian", "定边县"), ("suide", "绥德县"), ("mizhi", "米脂县"), ("wubu", "吴堡县"), ("qingjian", "清涧县"), ("zizhou", "子洲县"),
    ];

    // The information centre comes first: unit 0 is always the home county's centre, which hosts the shared services.
    private static readonly (string Slug, string Name)[] Departments =
    [
        (CentreId, "政务信息化服务中心"), ("zhengfu", "人民政府办公室"), ("xianwei", "县委办公室"), ("renda", "人大常委会"), ("zhengxie", "政协"),
        ("jiwei", "纪委监委"), ("fagai", "发展和改革局"), ("jiaoyu", "教育局"), ("gongan", "公安局"), ("minzheng", "民政局"),
        ("sifa", "司法局"), ("caizheng", "财政局"), ("renshe", "人力资源和社会保障局"), ("ziran-ziyuan", "自然资源局"), ("zhujian", "住房和城乡建设局"),
        ("jiaotong", "交通运输局"), ("shuili", "水利局"), ("nongye", "农业农村局"), ("shangwu", "商务局"), ("wenlv", "文化和旅游局"),
        ("weijian", "卫生健康局"), ("yingji", "应急管理局"), ("shenji", "审计局"), ("shichang-jianguan", "市场监督管理局"), ("tongji", "统计局"),
        ("xingzheng-shenpi", "行政审批服务局"), ("yibao", "医疗保障局"), ("tuijun", "退役军人事务局"), ("linye", "林业局"), ("huanbao", "生态环境分局"),
        ("shuiwu", "税务局"), ("renmin-fayuan", "人民法院"), ("jianchayuan", "人民检察院"), ("dangan", "档案馆"), ("xiangcun-zhenxing", "乡村振兴局"),
        ("zhengwu-fuwu", "政务服务中心"), ("tiyu", "体育运动中心"), ("qixiang", "气象局"), ("gongxiao", "供销合作社"), ("gonghui", "总工会"),
    ];

    private static readonly (string Pinyin, string Hanzi)[] Syllables =
    [
        ("an", "安"), ("bai", "白"), ("bao", "宝"), ("chang", "长"), ("da", "大"), ("dong", "东"), ("feng", "丰"), ("gao", "高"),
        ("guan", "官"), ("he", "河"), ("hong", "红"), ("hua", "华"), ("jin", "金"), ("kang", "康"), ("liu", "刘"), ("long", "龙"),
        ("ma", "马"), ("ning", "宁"), ("ping", "平"), ("qing", "青"), ("quan", "泉"), ("sha", "沙"), ("shi", "石"), ("shui", "水"),
        ("tai", "太"), ("tong", "通"), ("wang", "王"), ("xi", "西"), ("xin", "新"), ("yang", "杨"), ("yong", "永"), ("yu", "玉"),
        ("zhang", "张"), ("zhao", "赵"), ("zhong", "中"), ("zhu", "朱"),
    ];

    /// <summary>The name of the <paramref name="index"/>-th department, 0 being the information centre.</summary>
    public static (string Id, string Title) Department(int index)
    {
        var perRound = Counties.Length * Departments.Length;
        var (county, department, round) = (Counties[index % perRound / Departments.Length], Departments[index % Departments.Length], index / perRound);
        return Compose(county, department.Slug, county.Name + department.Name, round, "分支机构");
    }

    /// <summary>The name of the <paramref name="index"/>-th town; about 25 towns per county.</summary>
    public static (string Id, string Title) Town(int index)
    {
        var pairs = Syllables.Length * Syllables.Length;
        // A stride coprime to the number of pairs spreads neighbouring towns over the alphabet.
        var pair = (int)(((long)index * 385 + 17) % pairs);
        var (first, second) = (Syllables[pair / Syllables.Length], Syllables[(pair * 7 + 3) % Syllables.Length]);
        var county = Counties[index / 25 % Counties.Length];
        return Compose(county, $"{first.Pinyin}{second.Pinyin}-zhen", $"{county.Name}{first.Hanzi}{second.Hanzi}镇人民政府", index / pairs, "便民服务点");
    }

    private static (string Id, string Title) Compose((string Slug, string Name) county, string slug, string title, int round, string roundTitle)
    {
        var id = county == HomeCounty ? slug : $"{county.Slug}-{slug}";
        return round == 0
            ? (id, title)
            : (string.Create(CultureInfo.InvariantCulture, $"{id}-{round + 1}"), string.Create(CultureInfo.InvariantCulture, $"{title}第{round + 1}{roundTitle}"));
    }
}
