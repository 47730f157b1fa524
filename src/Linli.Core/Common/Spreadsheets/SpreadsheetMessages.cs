namespace Linli.Core.Common.Spreadsheets;

/// <summary>Everything the spreadsheet readers can tell a user, in one place so the wording stays consistent.</summary>
internal static class SpreadsheetMessages
{
    public static readonly Bilingual EmptyFile = new("文件为空", "The file is empty");

    public static readonly Bilingual CorruptXlsx = new(
        "无法读取Excel文件：文件已损坏或不是.xlsx格式",
        "Cannot read the Excel file: it is damaged or not in .xlsx format");

    public static readonly Bilingual NoWorksheet = new(
        "Excel文件中没有工作表",
        "The Excel file contains no worksheet");

    public static readonly Bilingual LegacyXls = new(
        "不支持旧版.xls格式，请在Excel中另存为.xlsx后再上传",
        "The old .xls format is not supported; please save the file as .xlsx in Excel and upload it again");

    public static Bilingual UnsupportedExtension(string extension)
    {
        var shown = extension.Length == 0 ? "（无扩展名）" : extension;
        var shownEn = extension.Length == 0 ? "(no extension)" : extension;
        return new(
            $"不支持的文件类型：{shown}，请上传.xlsx或.csv文件",
            $"Unsupported file type: {shownEn}. Please upload an .xlsx or .csv file");
    }

    public static Bilingual CorruptXlsxNearRow(int rowNumber) => new(
        $"无法读取Excel文件：第{rowNumber}行附近的内容已损坏",
        $"Cannot read the Excel file: the content near row {rowNumber} is damaged");

    public static Bilingual InvalidUtf8(int lineNumber) => new(
        $"文件标记为UTF-8编码，但第{lineNumber}行含有无效字符，请用UTF-8重新保存",
        $"The file is marked as UTF-8 but line {lineNumber} contains invalid characters; please save it again as UTF-8");
}
