using Linli.Core.Features.Registry.Documents;

namespace Linli.Tests.Registry;

public class DocumentTypesTests
{
    [Theory]
    [InlineData("居民身份证", DocumentType.ResidentIdCard)]
    [InlineData("身份证", DocumentType.ResidentIdCard)]
    [InlineData("二代身份证", DocumentType.ResidentIdCard)]
    [InlineData(" 港澳台居民居住证 ", DocumentType.HkMacaoTaiwanResidencePermit)]
    [InlineData("外国人永久居留身份证", DocumentType.ForeignPermanentResidentCard)]
    [InlineData("永久居留证", DocumentType.ForeignPermanentResidentCard)]
    [InlineData("护照", DocumentType.Passport)]
    [InlineData("其他", DocumentType.Other)]
    public void TryParse_SpreadsheetName_ReturnsType(string name, DocumentType expected)
    {
        Assert.True(DocumentTypes.TryParse(name, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("驾驶证")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownName_ReturnsFalse(string? name)
    {
        Assert.False(DocumentTypes.TryParse(name, out _));
    }

    [Fact]
    public void ChineseName_EveryType_ParsesBackToSameType()
    {
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            Assert.True(DocumentTypes.TryParse(DocumentTypes.ChineseName(type), out var parsed));
            Assert.Equal(type, parsed);
            Assert.False(string.IsNullOrWhiteSpace(DocumentTypes.EnglishName(type)));
        }
    }
}
