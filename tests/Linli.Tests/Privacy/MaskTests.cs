using Linli.Core.Common.Privacy;

namespace Linli.Tests.Privacy;

public class MaskTests
{
    [Theory]
    [InlineData("411102199001011234", "411102********1234")]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("USA123456789012", "USA123*****9012")]
    [InlineData("E12345678", "E1*****78")]
    [InlineData("A123456", "A*****6")]
    [InlineData("AB", "**")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void IdNumber_KeepsOnlyEnds(string? number, string expected)
    {
        Assert.Equal(expected, Mask.IdNumber(number));
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("010-62345678", "010-******78")]
    [InlineData("0371-6345678", "0371-*****78")]
    [InlineData("010-62345678-123", "010-******78")]
    [InlineData("unknown", "*****wn")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Phone_KeepsPrefixAndLastDigits(string? phone, string expected)
    {
        Assert.Equal(expected, Mask.Phone(phone));
    }
}
