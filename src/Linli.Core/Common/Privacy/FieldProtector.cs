using System.Security.Cryptography;
using System.Text;

namespace Linli.Core.Common.Privacy;

// Encrypts sensitive columns (ID numbers, phone numbers) and computes keyed hashes so those
// columns can still be searched by exact value. Layout of a protected value:
//   [version 1 byte][nonce 12 bytes][tag 16 bytes][ciphertext]
// The version byte is authenticated too, so it cannot be swapped to confuse a future format.
public sealed class FieldProtector : IDisposable
{
    public const int HashLength = 16;

    private const byte FormatVersion = 1;
    private const int SubkeyLength = 32;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int HeaderLength = 1 + NonceLength + TagLength;

    private static readonly byte[] EncryptionInfo = Encoding.UTF8.GetBytes("linli-field-encryption-v1");
    private static readonly byte[] HashInfo = Encoding.UTF8.GetBytes("linli-search-hash-v1");

    // Separate subkeys: a hash column must reveal nothing about the encryption key and vice versa.
    private readonly byte[] encryptionKey;
    private readonly byte[] hashKey;

    // Keyed primitives are set up once per thread (they are not thread-safe) instead of per value:
    // that halves the cost of encrypting and hashing, which bulk paths (import, demo seed) feel.
    private readonly ThreadLocal<AesGcm> aesPerThread;
    private readonly ThreadLocal<HMACSHA256> hmacPerThread;

    public FieldProtector(ReadOnlySpan<byte> masterKey)
    {
        if (masterKey.Length != ProtectionKeys.MasterKeyLength)
        {
            throw new ArgumentException($"The master key must be {ProtectionKeys.MasterKeyLength} bytes.", nameof(masterKey));
        }

        encryptionKey = DeriveSubkey(masterKey, EncryptionInfo);
        hashKey = DeriveSubkey(masterKey, HashInfo);
        aesPerThread = new(() => new AesGcm(encryptionKey, TagLength), trackAllValues: true);
        hmacPerThread = new(() => new HMACSHA256(hashKey), trackAllValues: true);
    }

    public static FieldProtector Load(string? configuredKey, string dataDirectory) =>
        new(ProtectionKeys.ResolveMasterKey(
            configuredKey,
            Environment.GetEnvironmentVariable(ProtectionKeys.EnvironmentVariable),
            dataDirectory));

    public byte[] Encrypt(string plaintext)
    {
        var plainBytes = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[HeaderLength + plainBytes.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceLength);
        var tag = output.AsSpan(1 + NonceLength, TagLength);
        var ciphertext = output.AsSpan(HeaderLength);

        // A random 96-bit nonce per value; one key encrypts far fewer than the 2^32 values where
        // collisions would become a concern.
        RandomNumberGenerator.Fill(nonce);
        aesPerThread.Value!.Encrypt(nonce, plainBytes, ciphertext, tag, output.AsSpan(0, 1));
        return output;
    }

    public string Decrypt(byte[] protectedValue)
    {
        if (protectedValue.Length < HeaderLength)
        {
            throw new CryptographicException("The protected value is too short.");
        }

        if (protectedValue[0] != FormatVersion)
        {
            throw new CryptographicException($"Unknown protected value format version {protectedValue[0]}.");
        }

        var input = protectedValue.AsSpan();
        var plainBytes = new byte[input.Length - HeaderLength];
        aesPerThread.Value!.Decrypt(
            input.Slice(1, NonceLength),
            input[HeaderLength..],
            input.Slice(1 + NonceLength, TagLength),
            plainBytes,
            input[..1]);
        return Encoding.UTF8.GetString(plainBytes);
    }

    // Callers pass the normalised value (e.g. IdNumber.Normalize) so equal numbers hash equally.
    public byte[] Hash(string normalizedValue) =>
        hmacPerThread.Value!.ComputeHash(Encoding.UTF8.GetBytes(normalizedValue))[..HashLength];

    public void Dispose()
    {
        foreach (var aes in aesPerThread.Values)
        {
            aes.Dispose();
        }
        foreach (var hmac in hmacPerThread.Values)
        {
            hmac.Dispose();
        }
        aesPerThread.Dispose();
        hmacPerThread.Dispose();
    }

    private static byte[] DeriveSubkey(ReadOnlySpan<byte> masterKey, byte[] info)
    {
        var subkey = new byte[SubkeyLength];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, subkey, salt: [], info: info);
        return subkey;
    }
}
