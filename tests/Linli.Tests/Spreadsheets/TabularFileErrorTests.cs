using System.Text;
using static Linli.Tests.Spreadsheets.SheetReading;

namespace Linli.Tests.Spreadsheets;

public class TabularFileErrorTests
{
    [Theory]
    [InlineData("a.csv")]
    [InlineData("a.xlsx")]
    public void EmptyFile_IsReportedAsEmpty(string fileName)
    {
        var error = OpenError([], fileName);

        Assert.Equal("文件为空", error.Zh);
        Assert.Equal("The file is empty", error.En);
    }

    [Fact]
    public void XlsxThatIsNotAZip_GivesAClearError()
    {
        var error = OpenError(Encoding.UTF8.GetBytes("姓名,手机号\n张三,1\n"), "名单.xlsx");

        Assert.Equal("无法读取Excel文件：文件已损坏或不是.xlsx格式", error.Zh);
        Assert.StartsWith("Cannot read the Excel file", error.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipThatIsNotAWorkbook_GivesTheSameError()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("hello.txt").Open());
            writer.Write("hi");
        }

        var error = OpenError(zip.ToArray(), "a.xlsx");

        Assert.Equal("无法读取Excel文件：文件已损坏或不是.xlsx格式", error.Zh);
    }

    [Theory]
    [InlineData("a.pdf", ".pdf")]
    [InlineData("noextension", "无扩展名")]
    public void UnsupportedExtension_NamesIt(string fileName, string expectedInMessage)
    {
        var error = OpenError([1, 2, 3], fileName);

        Assert.Contains(expectedInMessage, error.Zh, StringComparison.Ordinal);
        Assert.Contains(".xlsx", error.En, StringComparison.Ordinal);
    }

    [Fact]
    public void LegacyXls_AsksForXlsx()
    {
        var error = OpenError([1, 2, 3], "old.XLS");

        Assert.Contains("另存为.xlsx", error.Zh, StringComparison.Ordinal);
    }
}
