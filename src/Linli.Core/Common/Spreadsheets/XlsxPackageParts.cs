using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Linli.Core.Common.Spreadsheets;

/// <summary>
/// The small fixed parts of an .xlsx package around the worksheets: workbook, styles, relationships and content
/// types. <see cref="XlsxWriter"/> writes the zip itself because System.IO.Packaging on .NET buffers every part it
/// writes in memory, which defeats streaming a large sheet.
/// </summary>
internal static class XlsxPackageParts
{
    public const uint BoldStyle = 1;

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SpreadsheetTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml";

    public static string WorksheetPath(int sheetNumber) => $"xl/worksheets/sheet{sheetNumber}.xml";

    public static void WriteStyles(ZipArchive zip) => WriteRoot(zip, "xl/styles.xml", new Stylesheet(
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
        // Excel requires the first two fills to be exactly these, whatever the cell formats use.
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(
            new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 }));

    /// <summary>Writes everything that refers to the sheets, once all of them are known.</summary>
    public static void WriteWorkbook(ZipArchive zip, IReadOnlyList<string> sheetNames)
    {
        var sheets = sheetNames.Select((name, i) => new Sheet { Name = name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" });
        WriteRoot(zip, "xl/workbook.xml", new Workbook(new Sheets(sheets)));

        var stylesId = $"rId{sheetNames.Count + 1}";
        WriteXml(zip, "xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", RelationshipsNamespace);
            for (var i = 1; i <= sheetNames.Count; i++)
            {
                WriteRelationship(xml, $"rId{i}", "worksheet", $"worksheets/sheet{i}.xml");
            }

            WriteRelationship(xml, stylesId, "styles", "styles.xml");
        });
        WriteXml(zip, "_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", RelationshipsNamespace);
            WriteRelationship(xml, "rId1", "officeDocument", "xl/workbook.xml");
        });
        WriteXml(zip, "[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", ContentTypesNamespace);
            WriteDefault(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            WriteDefault(xml, "xml", "application/xml");
            WriteOverride(xml, "/xl/workbook.xml", $"{SpreadsheetTypes}.sheet.main+xml");
            WriteOverride(xml, "/xl/styles.xml", $"{SpreadsheetTypes}.styles+xml");
            for (var i = 1; i <= sheetNames.Count; i++)
            {
                WriteOverride(xml, "/" + WorksheetPath(i), $"{SpreadsheetTypes}.worksheet+xml");
            }
        });
    }

    private static void WriteRoot(ZipArchive zip, string path, OpenXmlPartRootElement root)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        root.Save(stream);
    }

    private static void WriteXml(ZipArchive zip, string path, Action<XmlWriter> writeRoot)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        writeRoot(xml);
        xml.WriteEndDocument();
    }

    private static void WriteRelationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", RelationshipsNamespace);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", $"{OfficeRelationships}/{type}");
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    private static void WriteDefault(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ContentTypesNamespace);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void WriteOverride(XmlWriter xml, string partName, string contentType)
    {
        xml.WriteStartElement("Override", ContentTypesNamespace);
        xml.WriteAttributeString("PartName", partName);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }
}
