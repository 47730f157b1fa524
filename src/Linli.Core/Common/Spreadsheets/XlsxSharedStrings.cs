using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>Loads the workbook's shared string table, which Excel uses for nearly every text cell.</summary>
internal static class XlsxSharedStrings
{
    /// <summary>
    /// The texts by index. Read item by item rather than as a DOM, which would cost several times the memory
    /// of the strings themselves on a large sheet.
    /// </summary>
    public static IReadOnlyList<string> Load(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        foreach (var item in reader.LoadEach<SharedStringItem>())
        {
            strings.Add(XlsxCellText.Flatten(item));
        }

        return strings;
    }
}
