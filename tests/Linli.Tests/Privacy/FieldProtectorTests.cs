using System.Security.Cryptography;
using Linli.Core.Common.Privacy;

namespace Linli.Tests.Privacy;

public class FieldProtectorTests
{
    private static readonly byte[] KeyA = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] KeyB = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("张三 · 幸福路8号院3单元502室")]
    [InlineData("")]
    public void Encrypt_ThenDecrypt_ReturnsOriginal(string plaintext)
    {
        var protector = new FieldProtector(KeyA);

        Assert.Equal(plaintext, protector.Decrypt(protector.Encrypt(plaintext)));
    }

    [Fact]
    public void Encrypt_Output_HasVersionNonceTagAndCiphertext()
    {
        var encrypted = new FieldProtector(KeyA).Encrypt("abc");

        Assert.Equal(1, encrypted[0]);
        Assert.Equal(1 + 12 + 16 + 3, encrypted.Length);
    }

    [Fact]
    public void Encrypt_SamePlaintextTwice_GivesDifferentCiphertext()
    {
        var protector = new FieldProtector(KeyA);

        var first = protector.Encrypt("11010519491231002X");
        var second = protector.Encrypt("11010519491231002X");

        Assert.NotEqual(first, second);
        Assert.NotEqual(first.AsSpan(1, 12).ToArray(), second.AsSpan(1, 12).ToArray());
    }

    [Theory]
    [InlineData(0)]  // version byte
    [InlineData(5)]  // nonce
    [InlineData(20)] // tag
    [InlineData(30)] // ciphertext
    public void Decrypt_TamperedByte_Throws(int index)
    {
        var protector = new FieldProtector(KeyA);
        var encrypted = protector.Encrypt("11010519491231002X");

        encrypted[index] ^= 0x01;

        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(encrypted));
    }

    [Fact]
    public void Decrypt_TruncatedValue_Throws()
    {
        Assert.ThrowsAny<CryptographicException>(() => new FieldProtector(KeyA).Decrypt(new byte[10]));
    }

    [Fact]
    public void Decrypt_WithDifferentKey_Throws()
    {
        var encrypted = new FieldProtector(KeyA).Encrypt("11010519491231002X");

        Assert.ThrowsAny<CryptographicException>(() => new FieldProtector(KeyB).Decrypt(encrypted));
    }

    [Fact]
    public void Hash_SameValueAndKey_IsDeterministicAndSixteenBytes()
    {
        var first = new FieldProtector(KeyA).Hash("11010519491231002X");
        var second = new FieldProtector(KeyA).Hash("11010519491231002X");

        Assert.Equal(16, first.Length);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Hash_DifferentValue_Differs()
    {
        var protector = new FieldProtector(KeyA);

        Assert.NotEqual(protector.Hash("11010519491231002X"), protector.Hash("440524188001010014"));
    }

    [Fact]
    public void Hash_DifferentKey_Differs()
    {
        Assert.NotEqual(new FieldProtector(KeyA).Hash("13812345678"), new FieldProtector(KeyB).Hash("13812345678"));
    }

    [Fact]
    public void Hash_IsNotPlainHmacWithMasterKey()
    {
        // The hash must come from the derived subkey, so the master key is never used directly.
        var plain = HMACSHA256.HashData(KeyA, "13812345678"u8)[..16];

        Assert.NotEqual(plain, new FieldProtector(KeyA).Hash("13812345678"));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(33)]
    public void Constructor_WrongKeyLength_Throws(int length)
    {
        Assert.Throws<ArgumentException>(() => new FieldProtector(new byte[length]));
    }
}
