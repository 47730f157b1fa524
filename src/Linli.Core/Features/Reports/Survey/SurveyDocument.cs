using System.Globalization;
using Linli.Core.Features.Hierarchy;
using Linli.Core.Features.Staffing;
using static Linli.Core.Features.Reports.Survey.SurveyProblems;

namespace Linli.Core.Features.Reports.Survey;

/// <summary>
/// Writes the survey report (基本情况报告) from its figures, in the style of the field surveys: "目前，全市共有社区77个，
/// 其中……；10000人以下的社区48个……". Every figure in the prose and tables links to the records it counts.
/// </summary>
public static class SurveyDocument
{
    public static ReportDocument Build(SurveyFigures f, DateTimeOffset generatedAt)
    {
        var sections = new List<ReportSection> { Size(f), Staffing(f) };
        if (f.Oversize.Count > 0 || f.Staffing.Size.Standards.Count > 0)
        {
            sections.Add(Oversize(f));
        }
        sections.Add(SurveyFacilitySection.Build(f));
        sections.Add(Problems(f));
        var numbered = sections.Select((s, i) => s with { Heading = $"{Numerals[i]}、{s.Heading}" }).ToList();
        return new ReportDocument($"{f.UnitName}社区基本情况报告", $"{f.UnitName}（{f.UnitCode}）· {f.Year}年 · 数据截至{f.AsOf:yyyy年M月d日}",
            generatedAt, f.DemoData, numbered);
    }

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static ReportSection Size(SurveyFigures f)
    {
        var whole = SurveyLabels.Whole(f.UnitKind, f.UnitName);
        var runs = new List<ReportRun> { new($"目前，{whole}共有社区"), new(N(f.Communities), SurveyEvidence.Link(f, SurveyEvidence.Communities)), new("个") };
        var types = f.ByType.Where(t => t.Count > 0).ToList();
        if (types.Count > 0)
        {
            runs.Add(new("，其中"));
            for (var i = 0; i < types.Count; i++)
            {
                runs.Add(new((i > 0 ? "、" : "") + types[i].Label));
                runs.Add(new(N(types[i].Count), SurveyEvidence.Link(f, SurveyEvidence.TypePrefix + types[i].Key)));
                runs.Add(new("个"));
            }
        }
        runs.Add(new($"；共有住户{N(f.Households)}户、居民{N(f.Residents)}人，其中城市社区居民{N(f.UrbanResidents)}人。"));
        runs.Add(new("按居民人数分："));
        for (var i = 0; i < f.PopulationBands.Count; i++)
        {
            var band = f.PopulationBands[i];
            runs.Add(new(i == 0 ? $"{band.Label}的社区" : $"{band.Label}的"));
            runs.Add(new(N(band.Communities), SurveyEvidence.Link(f, SurveyEvidence.PopulationBandPrefix + N(i))));
            runs.Add(new(i == f.PopulationBands.Count - 1 ? "个。" : "个，"));
        }

        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(runs),
            new ReportTable("表1 社区类型", ["类型", new ReportColumn("社区数", NumberFormat.Count)],
                f.ByType.Select(t => (IReadOnlyList<ReportCell>)[t.Label, ReportCell.Linked(t.Count, SurveyEvidence.Link(f, SurveyEvidence.TypePrefix + t.Key))])
                    .Append(["合计", ReportCell.Linked(f.Communities, SurveyEvidence.Link(f, SurveyEvidence.Communities))]).ToList(), "社区类型"),
            new ReportTable("表2 社区人口规模分布", ["居民人数", new ReportColumn("社区数", NumberFormat.Count), new ReportColumn("占比", NumberFormat.Percent1)],
                f.PopulationBands.Select((b, i) => (IReadOnlyList<ReportCell>)[b.Label, ReportCell.Linked(b.Communities, SurveyEvidence.Link(f, SurveyEvidence.PopulationBandPrefix + N(i))),
                    f.Communities == 0 ? new ReportCell("—") : Math.Round(b.Communities * 100m / f.Communities, 1)]).ToList(), "人口规模"),
            new ReportChart("社区人口规模分布", "个", f.PopulationBands.Select((b, i) => new ChartBar(b.Label, b.Communities, SurveyEvidence.Link(f, SurveyEvidence.PopulationBandPrefix + N(i)))).ToList()),
        };
        if (f.Children.Count > 0)
        {
            blocks.Add(new ReportTable("表3 下级单位情况", ["代码", "名称", new ReportColumn("社区数", NumberFormat.Count), new ReportColumn("城市社区", NumberFormat.Count),
                new ReportColumn("户数", NumberFormat.Count), new ReportColumn("居民人数", NumberFormat.Count), new ReportColumn("应配社工", NumberFormat.Count),
                new ReportColumn("实有社工", NumberFormat.Count), new ReportColumn("缺口", NumberFormat.Count), new ReportColumn("流失率", NumberFormat.Percent1),
                new ReportColumn("超规模社区", NumberFormat.Count)],
                f.Children.Select(c => Child(f, c)).ToList(), "下级单位"));
        }
        return new ReportSection("社区设置与规模", blocks);
    }

    private static IReadOnlyList<ReportCell> Child(SurveyFigures f, ChildFigures c)
    {
        var headline = c.Row.Requirements.Where(r => r.Standards.Count > 0).OrderByDescending(r => r.Required).FirstOrDefault();
        return [c.Row.Code, c.Row.Name, ReportCell.Linked(c.Row.Communities, SurveyEvidence.Link(f, SurveyEvidence.Communities, c.Row.Code)), c.UrbanCommunities,
            c.Row.Households, c.Row.Residents, headline is null ? "未设标准" : headline.Required, ReportCell.Linked(c.Row.Actual, SurveyEvidence.Link(f, SurveyEvidence.WorkersActual, c.Row.Code)),
            headline is null ? "—" : headline.Gap, c.Row.TurnoverPercent is { } t ? t : "—",
            ReportCell.Linked(c.Row.Size.Oversize, SurveyEvidence.Link(f, SurveyEvidence.OversizeCommunities, c.Row.Code))];
    }

    private static ReportSection Staffing(SurveyFigures f)
    {
        var s = f.Staffing;
        var blocks = new List<ReportBlock>();
        var inForce = s.Requirements.Where(r => r.Standards.Count > 0).ToList();
        var actual = new List<ReportRun> { new("实有社区工作者"), new(N(s.Actual), SurveyEvidence.Link(f, SurveyEvidence.WorkersActual)), new("人") };
        if (s.NotOnPost > 0)
        {
            actual.AddRange([new("（其中在册未在岗"), new(N(s.NotOnPost), SurveyEvidence.Link(f, SurveyEvidence.WorkersNotOnPost)), new("人）")]);
        }
        if (inForce.Count == 0)
        {
            actual.Add(new("；尚未设定社区工作者配备标准，无法计算应配人数（在“标准设定”中设定）。"));
        }
        else
        {
            actual.Add(new("。"));
            foreach (var r in inForce)
            {
                actual.Add(new($"按{Cite(r.Standards)}的标准，应配备{N(r.Required)}人，{(r.Gap > 0 ? $"缺口{N(r.Gap)}人" : r.Gap == 0 ? "正好配齐" : $"超出{N(-r.Gap)}人")}"
                    + (r.CommunitiesWithoutStandard > 0 ? $"（另有{N(r.CommunitiesWithoutStandard)}个社区未适用该标准）" : "") + "；"));
            }
            actual[^1] = new(actual[^1].Text.TrimEnd('；') + "。");
        }
        actual.AddRange([new($"{f.Year}年在册社区工作者{N(s.OnRollInYear)}人，离职"), new(N(s.LeftInYear), SurveyEvidence.Link(f, SurveyEvidence.WorkersLeft)),
            new(s.TurnoverPercent is { } t ? $"人，流失率{Percent(t)}。" : "人。")]);
        blocks.Add(new ReportParagraph(actual));
        blocks.Add(new ReportTable("表4 社区工作者配备", ["标准", "依据", new ReportColumn("应配", NumberFormat.Count), new ReportColumn("实有", NumberFormat.Count), new ReportColumn("缺口", NumberFormat.Count)],
            s.Requirements.Select(r => (IReadOnlyList<ReportCell>)[r.Name.Zh, r.Standards.Count == 0 ? "未设定" : Cite(r.Standards),
                r.Standards.Count == 0 ? "—" : r.Required, ReportCell.Linked(s.Actual, SurveyEvidence.Link(f, SurveyEvidence.WorkersActual)),
                r.Standards.Count == 0 ? "—" : ReportCell.Linked(r.Gap, SurveyEvidence.Link(f, SurveyEvidence.ShortCommunities))]).ToList(), "社工配备"));
        var mix = new (string Name, IReadOnlyList<MixLine> Lines)[] { ("年龄", f.Mix.Age), ("性别", f.Mix.Sex), ("学历", f.Mix.Education), ("职业资格", f.Mix.Certificate), ("用工方式", f.Mix.Employment) };
        blocks.Add(new ReportTable("表5 社区工作者队伍结构", ["分类", "项目", new ReportColumn("人数", NumberFormat.Count)],
            mix.SelectMany(m => m.Lines.Select(l => (IReadOnlyList<ReportCell>)[m.Name, l.Label.Zh, l.Count])).ToList(), "队伍结构"));
        return new ReportSection("社区工作者队伍", blocks);
    }

    private static ReportSection Oversize(SurveyFigures f)
    {
        var size = f.Staffing.Size;
        var text = size.Standards.Count == 0
            ? new ReportParagraph("尚未设定社区规模上限标准。")
            : new ReportParagraph([new($"按{Cite(size.Standards)}的规模上限，超过上限的社区"), new(N(size.Oversize), SurveyEvidence.Link(f, SurveyEvidence.OversizeCommunities)),
                new($"个，按上限拆分需新增社区{N(size.NewCommunitiesNeeded)}个。")]);
        return new ReportSection("超规模社区", [text,
            new ReportTable("表6 超规模社区", ["代码", "名称", new ReportColumn("户数", NumberFormat.Count), new ReportColumn("居民人数", NumberFormat.Count),
                new ReportColumn("拆分后社区数", NumberFormat.Count), "规模上限"],
                f.Oversize.Select(c => (IReadOnlyList<ReportCell>)[c.Code, c.Name, c.Households, c.Residents, c.SplitInto, Cite(c.Caps)]).ToList(), "超规模社区")]);
    }

    private static ReportSection Problems(SurveyFigures f)
    {
        if (f.Problems.Count == 0)
        {
            return new ReportSection("存在的问题", [new ReportParagraph("按现行标准核对，未发现需要列出的问题。")]);
        }
        var blocks = f.Problems.Select((p, i) =>
        {
            var communities = p.Communities.Count == 0 ? "" : "涉及社区：" + string.Join("、", p.Communities.Take(10)) + (p.Communities.Count > 10 ? $"等{N(p.Communities.Count)}个" : "") + "。";
            return (ReportBlock)new ReportParagraph([new($"（{Numerals[Math.Min(i, Numerals.Length - 1)]}）"), new(p.Text, SurveyEvidence.Link(f, p.EvidenceFigure)), new(communities)]);
        }).ToList();
        return new ReportSection("存在的问题", blocks);
    }
}
