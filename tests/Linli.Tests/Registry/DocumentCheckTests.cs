using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;

namespace Linli.Tests.Registry;

public class DocumentCheckTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    [Theory]
    [InlineData("810000199408230021")] // Hong Kong
    [InlineData("82000019950706004X")] // Macao
    [InlineData("830000198812120018")] // Taiwan
    public void Validate_ResidencePermitWithHomeRegionPrefix_IsValid(string number)
    {
        var check = DocumentCheck.Validate(DocumentType.HkMacaoTaiwanResidencePermit, number, Today, null);

        Assert.True(check.IsValid, check.Error?.En);
        Assert.NotNull(check.BirthDate);
    }

    [Fact]
    public void Validate_ResidencePermitWithMainlandPrefix_ReturnsError()
    {
        // A valid citizen ID number is still not a residence permit number.
        var check = DocumentCheck.Validate(DocumentType.HkMacaoTaiwanResidencePermit, "11010519491231002X", Today, null);

        Assert.False(check.IsValid);
        Assert.Contains("810000", check.Error!.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ResidencePermitWithWrongCheckCharacter_ReturnsError()
    {
        var check = DocumentCheck.Validate(DocumentType.HkMacaoTaiwanResidencePermit, "810000199408230022", Today, null);

        Assert.False(check.IsValid);
        Assert.Equal("居住证号码校验位错误，应为1", check.Error!.Zh);
    }

    [Fact]
    public void Validate_ResidencePermit_IgnoresRegionLookup()
    {
        var check = DocumentCheck.Validate(DocumentType.HkMacaoTaiwanResidencePermit, "810000199408230021", Today, _ => false);

        Assert.Null(check.Warning);
        Assert.Equal(Sex.Female, check.Sex);
    }

    [Fact]
    public void Validate_ResidentIdCard_UsesRegionLookup()
    {
        var check = DocumentCheck.Validate(DocumentType.ResidentIdCard, "11010519491231002X", Today, _ => false);

        Assert.True(check.IsValid);
        Assert.NotNull(check.Warning);
    }

    [Theory]
    [InlineData("911560202301011235")] // 2023 format
    [InlineData("911040198506150026")] // 2023 format
    [InlineData("USA123456789012")]    // pre-2023 format
    [InlineData("usa123456789012")]
    public void Validate_ForeignPermanentResidentCard_AcceptsBothFormats(string number)
    {
        var check = DocumentCheck.Validate(DocumentType.ForeignPermanentResidentCard, number, Today, null);

        Assert.True(check.IsValid, check.Error?.En);
        Assert.Equal(number.ToUpperInvariant(), check.Normalized);
    }

    [Theory]
    [InlineData("11010519491231002X")] // citizen number: does not start with 9
    [InlineData("US1234567890123")]    // two letters only
    [InlineData("USA12345678901")]     // 14 characters
    [InlineData("9115602023010112")]
    public void Validate_ForeignPermanentResidentCardMalformed_ReturnsFormatError(string number)
    {
        var check = DocumentCheck.Validate(DocumentType.ForeignPermanentResidentCard, number, Today, null);

        Assert.False(check.IsValid);
        Assert.StartsWith("外国人永久居留身份证号码应为", check.Error!.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ForeignPermanentResidentCardWrongCheckCharacter_ReturnsError()
    {
        var check = DocumentCheck.Validate(DocumentType.ForeignPermanentResidentCard, "911560202301011236", Today, null);

        Assert.False(check.IsValid);
        Assert.EndsWith("expected 5", check.Error!.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("E12345678", true)]
    [InlineData("ab123", true)]
    [InlineData("A1234", true)]
    [InlineData("A123", false)]
    [InlineData("A12345678901234567890", false)] // 21 characters
    [InlineData("E1234 5678", false)]
    [InlineData("E1234-5678", false)]
    public void Validate_Passport_AcceptsFiveToTwentyLettersOrDigits(string number, bool expected)
    {
        Assert.Equal(expected, DocumentCheck.Validate(DocumentType.Passport, number, Today, null).IsValid);
    }

    [Fact]
    public void Validate_Passport_NormalisesCaseAndWidth()
    {
        Assert.Equal("E12345678", DocumentCheck.Validate(DocumentType.Passport, " ｅ12345678", Today, null).Normalized);
    }

    [Theory]
    [InlineData("军字第123号", true)]
    [InlineData("X", true)]
    [InlineData("A 1", false)]
    [InlineData("", false)]
    public void Validate_Other_AcceptsUpToFortyCharactersWithoutSpaces(string number, bool expected)
    {
        Assert.Equal(expected, DocumentCheck.Validate(DocumentType.Other, number, Today, null).IsValid);
    }

    [Fact]
    public void Validate_OtherLongerThanForty_ReturnsError()
    {
        Assert.False(DocumentCheck.Validate(DocumentType.Other, new string('A', 41), Today, null).IsValid);
        Assert.True(DocumentCheck.Validate(DocumentType.Other, new string('A', 40), Today, null).IsValid);
    }
}
