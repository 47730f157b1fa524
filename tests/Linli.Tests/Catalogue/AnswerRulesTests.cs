using Linli.Core.Features.Catalogue;

namespace Linli.Tests.Catalogue;

public class AnswerRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static CatalogueField Field(FieldType type, bool required = true, IReadOnlyList<string>? choices = null, int? maxLength = null, decimal? min = null, decimal? max = null,
        DateOnly? minDate = null, DateOnly? maxDate = null) =>
        new("answer", "测试项", "Test item", type, required, choices, maxLength, min, max, minDate, maxDate);

    private static string? Ok(CatalogueField field, string? raw)
    {
        var result = AnswerRules.CheckOne(field, raw, Today);
        Assert.True(result.Ok, result.Failure?.Message.Zh);
        return result.Value;
    }

    private static string Bad(CatalogueField field, string? raw)
    {
        var result = AnswerRules.CheckOne(field, raw, Today);
        Assert.False(result.Ok, $"“{raw}” should be refused");
        Assert.Equal("answer", result.Failure!.Field);
        Assert.Contains("测试项", result.Failure.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("Test item", result.Failure.Message.En, StringComparison.Ordinal);
        return result.Failure.Message.Zh;
    }

    [Theory]
    [InlineData(FieldType.Text)]
    [InlineData(FieldType.LongText)]
    [InlineData(FieldType.Number)]
    [InlineData(FieldType.Date)]
    [InlineData(FieldType.IdNumber)]
    [InlineData(FieldType.Phone)]
    [InlineData(FieldType.YesNo)]
    public void Required_BlankOrSpacesOrIdeographicSpace_IsRefused_OptionalBlankIsNull(FieldType type)
    {
        Assert.Equal("请填写测试项", Bad(Field(type), null));
        Assert.Equal("请填写测试项", Bad(Field(type), "   "));
        Assert.Equal("请填写测试项", Bad(Field(type), type is FieldType.Text or FieldType.LongText ? " \u3000 " : "\u3000"));
        Assert.Null(Ok(Field(type, required: false), " "));
    }

    [Fact]
    public void Text_TrimsAndLimitsLength_RefusesLineBreaksInOneLine()
    {
        Assert.Equal("王小明", Ok(Field(FieldType.Text, maxLength: 5), "  王小明 "));
        Assert.Contains("不能超过5个字", Bad(Field(FieldType.Text, maxLength: 5), "王小明王小明"), StringComparison.Ordinal);
        Assert.Contains("不能超过100个字", Bad(Field(FieldType.Text), new string('长', 101)), StringComparison.Ordinal);
        Assert.Contains("不可用的字符", Bad(Field(FieldType.Text), "第一行\n第二行"), StringComparison.Ordinal);
        Assert.Equal("第一行\n第二行", Ok(Field(FieldType.LongText), "第一行\n第二行"));
        Assert.Contains("不能超过1000个字", Bad(Field(FieldType.LongText), new string('长', 1001)), StringComparison.Ordinal);
    }

    [Fact]
    public void Number_AcceptsFullWidthDigits_RefusesWordsAndOutOfRange()
    {
        Assert.Equal("3", Ok(Field(FieldType.Number, min: 1, max: 20), "３"));
        Assert.Equal("1200.5", Ok(Field(FieldType.Number), "1200.50"));
        Assert.Equal("测试项应为数字", Bad(Field(FieldType.Number), "三口人"));
        Assert.Equal("测试项应为数字", Bad(Field(FieldType.Number), "1,000"));
        Assert.Equal("测试项应在1到20之间", Bad(Field(FieldType.Number, min: 1, max: 20), "21"));
        Assert.Equal("测试项应在1到20之间", Bad(Field(FieldType.Number, min: 1, max: 20), "0"));
    }

    [Fact]
    public void Date_AcceptsCommonForms_RefusesImpossibleDatesAndOutOfRange()
    {
        Assert.Equal("2026-03-01", Ok(Field(FieldType.Date), "2026/3/1"));
        Assert.Equal("2026-03-01", Ok(Field(FieldType.Date), "２０２６－０３－０１".Replace('－', '-')));
        Assert.Equal("2026-03-01", Ok(Field(FieldType.Date), "20260301"));
        Assert.Contains("有效日期", Bad(Field(FieldType.Date), "2026-02-30"), StringComparison.Ordinal);
        Assert.Contains("有效日期", Bad(Field(FieldType.Date), "下周一"), StringComparison.Ordinal);
        Assert.Contains("有效日期", Bad(Field(FieldType.Date), "1066-10-14"), StringComparison.Ordinal);
        Assert.Equal("测试项应在2026-01-01到2026-12-31之间", Bad(Field(FieldType.Date, minDate: new(2026, 1, 1), maxDate: new(2026, 12, 31)), "2027-01-01"));
    }

    [Fact]
    public void Choice_MustBeOneOfTheList()
    {
        var field = Field(FieldType.Choice, choices: ["就业登记", "失业登记"]);
        Assert.Equal("失业登记", Ok(field, " 失业登记 "));
        Assert.Contains("从给出的选项中选择", Bad(field, "退休登记"), StringComparison.Ordinal);
    }

    [Fact]
    public void IdNumber_ChecksChecksumAndBirthDate_AcceptsFullWidthAndLowerCaseX()
    {
        Assert.Equal("11010519491231002X", Ok(Field(FieldType.IdNumber), "11010519491231002x"));
        Assert.Equal("11010519491231002X", Ok(Field(FieldType.IdNumber), "１１０１０５１９４９１２３１００２Ｘ"));
        Assert.Contains("校验位错误，应为X", Bad(Field(FieldType.IdNumber), "110105194912310021"), StringComparison.Ordinal);
        Assert.Contains("出生日期无效", Bad(Field(FieldType.IdNumber), "110105194913310021"), StringComparison.Ordinal);
        Assert.Contains("出生日期晚于今天", Bad(Field(FieldType.IdNumber), "110105202712310021"), StringComparison.Ordinal);
        Assert.Contains("应为18位", Bad(Field(FieldType.IdNumber), "1101051949123100"), StringComparison.Ordinal);
    }

    [Fact]
    public void Phone_NormalizesFullWidth_RefusesShortNumbers()
    {
        Assert.Equal("13912345678", Ok(Field(FieldType.Phone), "１３９１２３４５６７８"));
        Assert.Contains("格式不正确", Bad(Field(FieldType.Phone), "1391234"), StringComparison.Ordinal);
    }

    [Fact]
    public void YesNo_AcceptsChineseAndEnglish()
    {
        Assert.Equal("yes", Ok(Field(FieldType.YesNo), "是"));
        Assert.Equal("no", Ok(Field(FieldType.YesNo), "No"));
        Assert.Contains("“是”或“否”", Bad(Field(FieldType.YesNo), "也许"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RefusesUnknownKeys_AndNamesTheFirstBadField()
    {
        IReadOnlyList<CatalogueField> fields = [new("name", "姓名", "Name", FieldType.Text), new("phone", "联系电话", "Phone", FieldType.Phone)];
        var unknown = AnswerRules.Check(fields, new Dictionary<string, string?> { ["name"] = "王", ["phone"] = "13912345678", ["extra"] = "x" }, Today);
        Assert.Equal("extra", unknown.Failure!.Field);
        var bad = AnswerRules.Check(fields, new Dictionary<string, string?> { ["name"] = "王", ["phone"] = "12" }, Today);
        Assert.Equal("phone", bad.Failure!.Field);
        var ok = AnswerRules.Check(fields, new Dictionary<string, string?> { ["name"] = "王", ["phone"] = "13912345678" }, Today);
        Assert.Equal(["王", "13912345678"], ok.Value!.Select(a => a.Value));
    }
}
