using Linli.Core.Features.Registry.Documents;

namespace Linli.Tests.Registry;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("138 1234 5678")]
    [InlineData("138-1234-5678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("+8613812345678")]
    [InlineData("8613812345678")]
    [InlineData("008613812345678")]
    [InlineData("１３８１２３４５６７８")]
    public void Validate_MobileInCommonSpellings_NormalisesToElevenDigits(string raw)
    {
        var check = PhoneNumber.Validate(raw);

        Assert.True(check.IsValid);
        Assert.Equal(PhoneKind.Mobile, check.Kind);
        Assert.Equal("13812345678", check.Normalized);
    }

    [Theory]
    [InlineData("010-62345678", "010-62345678")]
    [InlineData("01062345678", "010-62345678")]
    [InlineData("(010) 6234 5678", "010-62345678")]
    [InlineData("021-5234567", "021-5234567")]
    [InlineData("0371-63456789", "0371-63456789")]
    [InlineData("037163456789", "0371-63456789")]
    [InlineData("0371-6345678", "0371-6345678")]
    [InlineData("010-62345678-123", "010-62345678-123")]
    [InlineData("01062345678-8001", "010-62345678-8001")]
    public void Validate_Landline_NormalisesToAreaCodeDashNumber(string raw, string expected)
    {
        var check = PhoneNumber.Validate(raw);

        Assert.True(check.IsValid);
        Assert.Equal(PhoneKind.Landline, check.Kind);
        Assert.Equal(expected, check.Normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("12812345678")]    // second digit must be 3-9
    [InlineData("1381234567")]     // ten digits
    [InlineData("138123456789")]   // twelve digits
    [InlineData("+1 138 1234 5678")]
    [InlineData("62345678")]       // landline without area code
    [InlineData("010-623456")]     // six-digit local number
    [InlineData("010-623456789")]  // nine-digit local number
    [InlineData("037-163456789")]  // area code split in the wrong place
    [InlineData("010-62345678-1234567")]
    [InlineData("138abcd5678")]
    public void Validate_Malformed_ReturnsBilingualError(string? raw)
    {
        var check = PhoneNumber.Validate(raw);

        Assert.False(check.IsValid);
        Assert.Null(check.Kind);
        Assert.Equal("联系电话格式不正确", check.Error!.Zh);
        Assert.Equal("Phone number format is invalid", check.Error.En);
    }
}
