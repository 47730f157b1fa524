using System.Globalization;
using Linli.Core.Common.Spreadsheets;

namespace Linli.Tests.Spreadsheets;

public class LargeXlsxTests
{
    [Fact]
    public void HundredThousandRows_WriteAndStreamBack()
    {
        const int dataRows = 100_000;
        var path = Path.GetTempFileName();
        try
        {
            using (var output = File.Create(path))
            using (var writer = new XlsxWriter(output, "居民"))
            {
                writer.WriteHeaderRow(["编号", "姓名", "手机号", "地址"]);
                for (var i = 1; i <= dataRows; i++)
                {
                    var n = i.ToString(CultureInfo.InvariantCulture);
                    writer.WriteRow([n.PadLeft(6, '0'), "居民" + n, "138" + n.PadLeft(8, '0'), "幸福小区" + n + "号"]);
                }
            }

            using var input = File.OpenRead(path);
            using var source = TabularFile.Open(input, "big.xlsx").Source!;
            var count = 0;
            SheetRow? last = null;
            foreach (var row in source.ReadRows())
            {
                count++;
                last = row;
            }

            Assert.Equal(dataRows + 1, count);
            Assert.Equal(dataRows + 1, last!.RowNumber);
            Assert.Equal(["100000", "居民100000", "13800100000", "幸福小区100000号"], last.Cells);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
