using Linli.Core.Common;
using Linli.Core.Common.Spreadsheets;
using Linli.Core.Features.Registry;
using Linli.Core.Features.Registry.Documents;

namespace Linli.Core.Features.Import;

/// <summary>A data row that passed every check that needs no database.</summary>
public sealed record ParsedRow(int RowNumber, ValidResident Resident, byte[] DocumentHash, HouseholdAddress Address);

/// <summary>
/// Turns one data row into a <see cref="ParsedRow"/> or the list of what is wrong with it. The person's
/// fields are checked by <see cref="ResidentValidation"/>, the same rules as the registration form.
/// </summary>
public sealed class ImportRowParser(HeaderMap map, DateOnly today, RegionDirectory regions, Func<string, byte[]> hash)
{
    private const int MaxPlaceName = 100;
    private const int MaxEntranceOrRoom = 20;

    public (ParsedRow? Row, List<ImportIssue> Issues) Parse(SheetRow row)
    {
        var issues = new List<ImportIssue>();
        void Add(ImportColumn column, string zh, string en) => issues.Add(new(row.RowNumber, ImportColumns.Of(column).Header, new(zh, en)));
        string Cell(ImportColumn column) => map.Cell(row, column);

        var documentType = DocumentType.ResidentIdCard;
        var typeText = Cell(ImportColumn.DocumentType);
        if (typeText.Length > 0 && !DocumentTypes.TryParse(typeText, out documentType))
        {
            Add(ImportColumn.DocumentType, $"证件类型“{typeText}”无效，应为居民身份证、港澳台居民居住证、外国人永久居留身份证、护照或其他",
                $"Document type \"{typeText}\" is invalid; use 居民身份证, 港澳台居民居住证, 外国人永久居留身份证, 护照 or 其他");
        }
        var residenceText = Cell(ImportColumn.ResidenceType);
        var residence = ImportValues.ParseResidenceType(residenceText);
        if (residence is null)
        {
            Add(ImportColumn.ResidenceType, $"居住类型“{residenceText}”无效，应为户籍、常住、流动或人户分离",
                $"Residence type \"{residenceText}\" is invalid; use 户籍, 常住, 流动 or 人户分离");
        }
        var code = Cell(ImportColumn.CommunityCode);
        if (code.Length == 0)
        {
            Add(ImportColumn.CommunityCode, "社区代码不能为空", "Community code is required");
        }
        else if (code.Length != 12 || !code.All(char.IsAsciiDigit))
        {
            Add(ImportColumn.CommunityCode, $"社区代码“{code}”应为12位数字统计用区划代码", $"Community code \"{code}\" must be the 12-digit NBS code");
        }
        foreach (var (column, max) in new[] { (ImportColumn.Grid, MaxPlaceName), (ImportColumn.Estate, MaxPlaceName), (ImportColumn.Building, MaxPlaceName), (ImportColumn.Entrance, MaxEntranceOrRoom), (ImportColumn.Room, MaxEntranceOrRoom) })
        {
            if (Cell(column).Length > max)
            {
                var d = ImportColumns.Of(column);
                Add(column, $"{d.Header}不能超过{max}个字", $"{d.English} must be at most {max} characters");
            }
        }

        var draft = new ResidentDraft(Cell(ImportColumn.Name), documentType, Cell(ImportColumn.DocumentNumber), Cell(ImportColumn.Phone),
            residence ?? ResidenceType.Registered, Cell(ImportColumn.RelationToHead), ImportValues.ParseTags(Cell(ImportColumn.Tags)));
        var validation = ResidentValidation.Validate(draft, today, regions);
        foreach (var failure in validation.Errors)
        {
            issues.Add(new(row.RowNumber, ColumnOf(failure), failure.Message));
        }
        if (issues.Count > 0 || validation.Value is not { } valid)
        {
            return (null, issues);
        }
        var address = new HouseholdAddress(code, Cell(ImportColumn.Grid), Cell(ImportColumn.Estate), Cell(ImportColumn.Building),
            Cell(ImportColumn.Entrance), Cell(ImportColumn.Room));
        return (new ParsedRow(row.RowNumber, valid, hash(valid.DocumentNumber), address), issues);
    }

    private static string ColumnOf(Failure failure) => ImportColumns.Of(failure.Field switch
    {
        "name" => ImportColumn.Name,
        "documentNumber" => ImportColumn.DocumentNumber,
        "phone" => ImportColumn.Phone,
        "tags" => ImportColumn.Tags,
        "relationToHead" => ImportColumn.RelationToHead,
        _ => ImportColumn.Name,
    }).Header;
}
