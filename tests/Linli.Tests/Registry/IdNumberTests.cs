using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;

namespace Linli.Tests.Registry;

public class IdNumberTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    // Check characters of every number below were verified independently before being written here.
    [Theory]
    [InlineData("11010519491231002X")] // example in the GB 11643-1999 annex
    [InlineData("440524188001010014")] // example in the GB 11643-1999 annex
    [InlineData("110101199003074477")]
    [InlineData("110101199003077897")]
    [InlineData("11010120000229123X")] // 2000 is a leap year
    public void Validate_PublishedOrVerifiedNumber_IsValid(string number)
    {
        var check = IdNumber.Validate(number, Today);

        Assert.True(check.IsValid, check.Error?.En);
        Assert.Null(check.Error);
        Assert.Equal(number, check.Normalized);
    }

    [Fact]
    public void Validate_ValidNumber_ExtractsBirthDate()
    {
        var check = IdNumber.Validate("11010519491231002X", Today);

        Assert.Equal(new DateOnly(1949, 12, 31), check.BirthDate);
    }

    [Theory]
    [InlineData("11010519491231002X", Sex.Female)] // 17th digit 2
    [InlineData("440524188001010014", Sex.Male)]   // 17th digit 1
    [InlineData("110101199003074477", Sex.Male)]   // 17th digit 7
    public void Validate_SeventeenthDigitParity_GivesSex(string number, Sex expected)
    {
        Assert.Equal(expected, IdNumber.Validate(number, Today).Sex);
    }

    [Fact]
    public void Validate_WrongCheckCharacter_ReturnsErrorNamingExpectedCharacter()
    {
        var check = IdNumber.Validate("110101199003074478", Today);

        Assert.False(check.IsValid);
        Assert.Equal("身份证号码校验位错误，应为7", check.Error!.Zh);
        Assert.Equal("ID number check character is wrong; expected 7", check.Error.En);
    }

    [Theory]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002X1")]
    [InlineData("110105491231002")] // first-generation 15-digit number
    public void Validate_WrongLength_ReturnsError(string number)
    {
        var check = IdNumber.Validate(number, Today);

        Assert.False(check.IsValid);
        Assert.Equal("身份证号码应为18位", check.Error!.Zh);
        Assert.Equal("ID number must have 18 characters", check.Error.En);
    }

    [Theory]
    [InlineData("11010519491231002Y")]
    [InlineData("1101051949123100X2")]
    public void Validate_NonDigitCharacters_ReturnsError(string number)
    {
        Assert.False(IdNumber.Validate(number, Today).IsValid);
    }

    [Theory]
    [InlineData("110101199002301236")] // 30 February, check character correct
    [InlineData("11010119990229123X")] // 1999 is not a leap year
    [InlineData("110101190002291233")] // 1900 is not a leap year
    public void Validate_ImpossibleBirthDate_ReturnsError(string number)
    {
        var check = IdNumber.Validate(number, Today);

        Assert.False(check.IsValid);
        Assert.Equal("身份证号码中的出生日期无效", check.Error!.Zh);
    }

    [Fact]
    public void Validate_BirthDateAfterToday_ReturnsError()
    {
        var check = IdNumber.Validate("110101202501011238", Today);

        Assert.False(check.IsValid);
        Assert.Equal("ID number contains a birth date in the future", check.Error!.En);
    }

    [Fact]
    public void Validate_BirthDateAfterToday_IsValidOnceThatDayHasCome()
    {
        Assert.True(IdNumber.Validate("110101202501011238", new DateOnly(2025, 1, 1)).IsValid);
    }

    [Fact]
    public void Validate_BirthDateBefore1880_ReturnsError()
    {
        var check = IdNumber.Validate("110101187912311232", Today);

        Assert.False(check.IsValid);
        Assert.Equal("ID number contains a birth date before 1880", check.Error!.En);
    }

    [Fact]
    public void Validate_LowercaseX_IsNormalisedToUppercase()
    {
        var check = IdNumber.Validate(" 11010519491231002x ", Today);

        Assert.True(check.IsValid);
        Assert.Equal("11010519491231002X", check.Normalized);
    }

    [Fact]
    public void Validate_FullWidthDigitsAndX_AreNormalisedToHalfWidth()
    {
        var check = IdNumber.Validate("\u3000１１０１０５１９４９１２３１００２ｘ", Today);

        Assert.True(check.IsValid);
        Assert.Equal("11010519491231002X", check.Normalized);
    }

    [Fact]
    public void Validate_UnknownRegion_GivesWarningButStaysValid()
    {
        var check = IdNumber.Validate("411199199001011234", Today, isKnownRegion: region => region != "411199");

        Assert.True(check.IsValid);
        Assert.Null(check.Error);
        Assert.Equal("行政区划代码411199不在区划表中（可能是已撤销的旧代码）", check.Warning!.Zh);
    }

    [Fact]
    public void Validate_KnownRegion_GivesNoWarning()
    {
        string? asked = null;
        var check = IdNumber.Validate("11010519491231002X", Today, isKnownRegion: region =>
        {
            asked = region;
            return true;
        });

        Assert.Equal("110105", asked);
        Assert.Null(check.Warning);
    }

    [Fact]
    public void Validate_InvalidNumber_DoesNotAskAboutRegion()
    {
        var asked = false;
        IdNumber.Validate("110101199003074478", Today, isKnownRegion: _ => asked = true);

        Assert.False(asked);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_Blank_ReturnsMissingError(string? number)
    {
        var check = IdNumber.Validate(number, Today);

        Assert.False(check.IsValid);
        Assert.Equal("Document number is required", check.Error!.En);
    }
}
