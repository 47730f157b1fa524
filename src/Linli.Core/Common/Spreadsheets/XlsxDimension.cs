using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>Reads the used range a worksheet declares, as a cheap size hint for progress reporting.</summary>
internal static class XlsxDimension
{
    /// <summary>
    /// The last row of <c>&lt;dimension ref="A1:M100001"/&gt;</c>, or null when the sheet declares none. The
    /// element precedes the cell data, so this reads only the start of the part.
    /// </summary>
    public static int? ReadLastRow(WorksheetPart sheet)
    {
        using var reader = OpenXmlReader.Create(sheet);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SheetData))
            {
                return null;
            }

            if (reader.ElementType == typeof(SheetDimension) && reader.IsStartElement)
            {
                var range = reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value ?? "";
                var lastCell = range[(range.IndexOf(':', StringComparison.Ordinal) + 1)..];
                return CellReference.TryParseRow(lastCell, out var row) ? row : null;
            }
        }

        return null;
    }
}
