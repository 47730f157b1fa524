using Linli.Core.Common.Privacy;

namespace Linli.Tests.Privacy;

/// <summary>One FieldProtector serves every request at once; its per-thread ciphers must not mix values up.</summary>
public class FieldProtectorThreadingTests
{
    [Fact]
    public async Task ManyThreadsAtOnce_EachGetsItsOwnValuesBack()
    {
        using var protector = new FieldProtector(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        var expectedHash = Convert.ToHexString(protector.Hash("13800138000"));

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var value = $"{worker}-{i}";
                Assert.Equal(value, protector.Decrypt(protector.Encrypt(value)));
                Assert.Equal(expectedHash, Convert.ToHexString(protector.Hash("13800138000")));
            }
        }));

        await Task.WhenAll(workers);
    }
}
