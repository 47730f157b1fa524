namespace Linli.Core.Features.Registry.Documents;

// ISO 7064 MOD 11-2 as used by GB 11643-1999, the residence permits and the 2023 foreign
// permanent resident card: one scheme, so it lives in one place.
internal static class Mod11Check
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    // Expects exactly 17 ASCII digits.
    public static char Compute(ReadOnlySpan<char> first17Digits)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (first17Digits[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
