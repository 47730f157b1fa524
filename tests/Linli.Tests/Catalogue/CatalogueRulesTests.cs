using Linli.Core.Data;
using Linli.Core.Features.Catalogue;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Catalogue;

public class CatalogueRulesTests
{
    private static CatalogueDraft Draft(params CatalogueField[] fields) => new("T-001", "测试事项", "Test item", "说明", "Guide", HandlingLevel.Community, null, 5,
        FeeClass.Free, null, true, [new("身份证", "ID card")], fields);

    [Fact]
    public void FieldDefinitions_BadOnes_AreRefusedNamingTheField()
    {
        Assert.Null(CatalogueRules.Check(Draft(new CatalogueField("name", "姓名", "Name", FieldType.Text))));
        Assert.Equal("fields", CatalogueRules.Check(Draft())!.Field);
        Assert.Equal("fields[1].key", CatalogueRules.Check(Draft(new CatalogueField("name", "姓名", "Name", FieldType.Text), new CatalogueField("name", "姓名2", "Name 2", FieldType.Text)))!.Field);
        Assert.Equal("fields[0].key", CatalogueRules.Check(Draft(new CatalogueField("1name", "姓名", "Name", FieldType.Text)))!.Field);
        Assert.Equal("fields[0].choices", CatalogueRules.Check(Draft(new CatalogueField("kind", "类型", "Kind", FieldType.Choice, Choices: ["只有一项"])))!.Field);
        Assert.Equal("fields[0].choices", CatalogueRules.Check(Draft(new CatalogueField("kind", "类型", "Kind", FieldType.Text, Choices: ["a", "b"])))!.Field);
        Assert.Equal("fields[0].min", CatalogueRules.Check(Draft(new CatalogueField("size", "人数", "Size", FieldType.Number, Min: 5, Max: 1)))!.Field);
        Assert.Equal("fields[0].maxLength", CatalogueRules.Check(Draft(new CatalogueField("size", "人数", "Size", FieldType.Number, MaxLength: 10)))!.Field);
        Assert.Equal("fields[0].type", CatalogueRules.Check(Draft(new CatalogueField("size", "人数", "Size", (FieldType)99)))!.Field);
        Assert.Equal("timeLimitDays", CatalogueRules.Check(Draft(new CatalogueField("name", "姓名", "Name", FieldType.Text)) with { TimeLimitDays = 0 })!.Field);
        Assert.Equal("feeNote", CatalogueRules.Check(Draft(new CatalogueField("name", "姓名", "Name", FieldType.Text)) with { FeeClass = FeeClass.Paid })!.Field);
    }

    [Fact]
    public async Task DefaultCatalogue_FromTheMigration_HasTheNamedItems_AndEveryDefinitionIsValid()
    {
        await using var app = await TestApp.StartAsync(demo: false);
        await using var scope = app.Scope();
        var items = await scope.ServiceProvider.GetRequiredService<LinliDb>().CatalogueItems.AsNoTracking().OrderBy(i => i.Code).ToListAsync();
        Assert.True(items.Count >= 8);
        foreach (var name in new[] { "居住证明", "最低生活保障申请", "老年人优待证", "残疾人两项补贴", "就业登记/失业登记", "临时救助", "高龄津贴", "生育登记" })
        {
            Assert.Contains(items, i => i.NameZh == name);
        }
        foreach (var i in items)
        {
            var draft = new CatalogueDraft(i.Code, i.NameZh, i.NameEn, i.GuideZh, i.GuideEn, i.Level, null, i.TimeLimitDays, i.FeeClass, i.FeeNote, i.Active, i.Materials, i.Fields);
            Assert.True(CatalogueRules.Check(draft) is null, $"{i.Code}: {CatalogueRules.Check(draft)?.Message.Zh}");
            Assert.True(i.IsDefault);
            Assert.NotEmpty(i.Materials);
        }
    }
}
