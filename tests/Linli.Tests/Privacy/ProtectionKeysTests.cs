using Linli.Core.Common.Privacy;

namespace Linli.Tests.Privacy;

public sealed class ProtectionKeysTests : IDisposable
{
    private readonly DirectoryInfo dataDirectory = Directory.CreateTempSubdirectory("linli-keys-");

    private static readonly byte[] ConfigKey = Enumerable.Repeat((byte)1, 32).ToArray();
    private static readonly byte[] EnvironmentKey = Enumerable.Repeat((byte)2, 32).ToArray();

    public void Dispose() => dataDirectory.Delete(recursive: true);

    private string KeyFile => Path.Combine(dataDirectory.FullName, "keys", "data.key");

    [Fact]
    public void ResolveMasterKey_NoKeyAnywhere_CreatesKeyFileAndReusesIt()
    {
        var first = ProtectionKeys.ResolveMasterKey(null, null, dataDirectory.FullName);
        var second = ProtectionKeys.ResolveMasterKey(null, null, dataDirectory.FullName);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        Assert.Equal(KeyFile, ProtectionKeys.KeyFilePath(dataDirectory.FullName));
        Assert.Equal(first, Convert.FromBase64String(File.ReadAllText(KeyFile).Trim()));
    }

    [Fact]
    public void ResolveMasterKey_CreatedKeyFile_IsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        ProtectionKeys.ResolveMasterKey(null, null, dataDirectory.FullName);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        Assert.Equal(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(Path.GetDirectoryName(KeyFile)!));
    }

    [Fact]
    public void Load_SecondTime_DecryptsWhatFirstEncrypted()
    {
        // Pass an explicit blank configuration so the test does not depend on LINLI_DATA_KEY.
        var environmentKey = Environment.GetEnvironmentVariable(ProtectionKeys.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(environmentKey))
        {
            return;
        }

        var encrypted = FieldProtector.Load("", dataDirectory.FullName).Encrypt("幸福路8号");

        Assert.Equal("幸福路8号", FieldProtector.Load(null, dataDirectory.FullName).Decrypt(encrypted));
    }

    [Fact]
    public void ResolveMasterKey_ConfiguredKey_WinsOverEnvironmentAndFile()
    {
        var key = ProtectionKeys.ResolveMasterKey(
            Convert.ToBase64String(ConfigKey), Convert.ToBase64String(EnvironmentKey), dataDirectory.FullName);

        Assert.Equal(ConfigKey, key);
        Assert.False(File.Exists(KeyFile));
    }

    [Fact]
    public void ResolveMasterKey_EnvironmentKey_WinsOverFile()
    {
        ProtectionKeys.ResolveMasterKey(null, null, dataDirectory.FullName);

        var key = ProtectionKeys.ResolveMasterKey("  ", Convert.ToBase64String(EnvironmentKey), dataDirectory.FullName);

        Assert.Equal(EnvironmentKey, key);
    }

    [Fact]
    public void Load_ConfiguredKey_EncryptsLikeProtectorBuiltFromSameKey()
    {
        var loaded = FieldProtector.Load(Convert.ToBase64String(ConfigKey), dataDirectory.FullName);

        Assert.Equal(new FieldProtector(ConfigKey).Hash("x"), loaded.Hash("x"));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")] // 3 bytes
    public void ResolveMasterKey_BadConfiguredKey_ThrowsNamingTheSource(string configured)
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => ProtectionKeys.ResolveMasterKey(configured, null, dataDirectory.FullName));

        Assert.Contains("Linli:DataKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("32-byte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveMasterKey_BadEnvironmentKey_ThrowsNamingTheSource()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => ProtectionKeys.ResolveMasterKey(null, Convert.ToBase64String(new byte[16]), dataDirectory.FullName));

        Assert.Contains("LINLI_DATA_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveMasterKey_CorruptKeyFile_Throws()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
        File.WriteAllText(KeyFile, "garbage");

        var error = Assert.Throws<InvalidOperationException>(
            () => ProtectionKeys.ResolveMasterKey(null, null, dataDirectory.FullName));

        Assert.Contains(KeyFile, error.Message, StringComparison.Ordinal);
    }
}
