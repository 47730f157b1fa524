using System.Security.Cryptography;

namespace Linli.Core.Common.Privacy;

// Where the master data key comes from. Order: configuration (Linli:DataKey), the
// LINLI_DATA_KEY environment variable, then a key file generated under the data directory so a
// fresh install works without setup. Losing that file makes protected fields unreadable, so
// operators should back it up (or move the key into configuration).
public static class ProtectionKeys
{
    public const int MasterKeyLength = 32;
    public const string ConfigurationKey = "Linli:DataKey";
    public const string EnvironmentVariable = "LINLI_DATA_KEY";

    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static string KeyFilePath(string dataDirectory) => Path.Combine(dataDirectory, "keys", "data.key");

    // The environment value is a parameter rather than read here so that tests need not
    // mutate process-wide state.
    public static byte[] ResolveMasterKey(string? configuredKey, string? environmentKey, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            return ParseKey(configuredKey, $"Configuration value {ConfigurationKey}");
        }

        if (!string.IsNullOrWhiteSpace(environmentKey))
        {
            return ParseKey(environmentKey, $"Environment variable {EnvironmentVariable}");
        }

        return LoadOrCreateKeyFile(KeyFilePath(dataDirectory));
    }

    public static byte[] ParseKey(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{source} is not valid base64; expected a base64-encoded {MasterKeyLength}-byte key.");
        }

        if (key.Length != MasterKeyLength)
        {
            throw new InvalidOperationException($"{source} decodes to {key.Length} bytes; expected a base64-encoded {MasterKeyLength}-byte key.");
        }

        return key;
    }

    private static byte[] LoadOrCreateKeyFile(string path)
    {
        if (!File.Exists(path))
        {
            try
            {
                return CreateKeyFile(path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it between our check and CreateNew; use theirs.
            }
        }

        return ParseKey(File.ReadAllText(path), $"Key file {path}");
    }

    private static byte[] CreateKeyFile(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, OwnerOnlyDirectory);
        }

        var key = RandomNumberGenerator.GetBytes(MasterKeyLength);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Set at creation so the key is never readable by others, not even briefly.
            options.UnixCreateMode = OwnerOnlyFile;
        }

        using (var writer = new StreamWriter(path, options))
        {
            writer.WriteLine(Convert.ToBase64String(key));
        }

        if (!OperatingSystem.IsWindows())
        {
            // The create mode is filtered through the umask; make the intended mode explicit.
            File.SetUnixFileMode(path, OwnerOnlyFile);
        }

        return key;
    }
}
