using System.Diagnostics;

namespace Linli.Tests.Reports;

/// <summary>
/// Opens a .docx in LibreOffice (headless, with a private profile so parallel runs do not share one),
/// prints it to PDF and reads the PDF's text back with pdftotext: proof the file opens and renders,
/// not just that it is a valid zip. ./test.sh installs libreoffice-writer-nogui and poppler-utils.
/// </summary>
internal static class OfficeText
{
    public static async Task<string> DocxToPdfTextAsync(byte[] docx)
    {
        var folder = Directory.CreateTempSubdirectory("linli-docx-").FullName;
        try
        {
            var input = Path.Combine(folder, "report.docx");
            await File.WriteAllBytesAsync(input, docx);
            await RunAsync("soffice", folder, $"-env:UserInstallation=file://{folder}/profile", "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", folder, input);
            var pdf = Path.Combine(folder, "report.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice did not produce a PDF");
            var text = Path.Combine(folder, "report.txt");
            await RunAsync("pdftotext", folder, "-enc", "UTF-8", pdf, text);
            return await File.ReadAllTextAsync(text);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>PDF text breaks lines and spaces CJK runs as it likes; compare without whitespace.</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static async Task RunAsync(string program, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["HOME"] = folder;
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {await stdout} {await stderr}");
    }
}
