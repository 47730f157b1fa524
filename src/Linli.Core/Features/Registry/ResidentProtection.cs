using Linli.Core.Common.Privacy;

namespace Linli.Core.Features.Registry;

/// <summary>Writes the encrypted, hashed and masked forms of a person's document number and phone.</summary>
public static class ResidentProtection
{
    public static void SetDocument(this Resident r, FieldProtector protector, string normalizedNumber)
    {
        r.DocumentCipher = protector.Encrypt(normalizedNumber);
        r.DocumentHash = protector.Hash(normalizedNumber);
        r.DocumentMasked = Mask.IdNumber(normalizedNumber);
    }

    public static void SetPhone(this Resident r, FieldProtector protector, string? normalizedPhone)
    {
        r.PhoneCipher = normalizedPhone is null ? null : protector.Encrypt(normalizedPhone);
        r.PhoneHash = normalizedPhone is null ? null : protector.Hash(normalizedPhone);
        r.PhoneMasked = normalizedPhone is null ? null : Mask.Phone(normalizedPhone);
    }

    /// <summary>Copies the validated fields onto the entity; returns the names of the fields that changed.</summary>
    public static List<string> Apply(this Resident r, ValidResident v, FieldProtector protector)
    {
        var changed = new List<string>();
        if (r.Name != v.Name) { changed.Add("姓名"); r.Name = v.Name; }
        if (r.DocumentType != v.DocumentType) { changed.Add("证件类型"); r.DocumentType = v.DocumentType; }
        var hash = protector.Hash(v.DocumentNumber);
        if (r.DocumentHash is null || !hash.AsSpan().SequenceEqual(r.DocumentHash)) { changed.Add("证件号码"); r.SetDocument(protector, v.DocumentNumber); }
        var phoneHash = v.Phone is null ? null : protector.Hash(v.Phone);
        if (!(phoneHash ?? []).AsSpan().SequenceEqual(r.PhoneHash ?? [])) { changed.Add("联系电话"); r.SetPhone(protector, v.Phone); }
        if (r.Sex != v.Sex) { r.Sex = v.Sex; }
        if (r.BirthDate != v.BirthDate) { r.BirthDate = v.BirthDate; }
        if (r.ResidenceType != v.ResidenceType) { changed.Add("居住类型"); r.ResidenceType = v.ResidenceType; }
        if (r.RelationToHead != v.RelationToHead) { changed.Add("与户主关系"); r.RelationToHead = v.RelationToHead; }
        var wanted = v.Tags.Select(t => (t.Tag, Detail: string.IsNullOrEmpty(t.Detail) ? null : t.Detail)).ToHashSet();
        var current = r.Tags.Select(t => (t.Tag, t.Detail)).ToHashSet();
        if (!wanted.SetEquals(current))
        {
            changed.Add("人群标签");
            r.Tags.RemoveAll(t => !wanted.Contains((t.Tag, t.Detail)));
            foreach (var (tag, detail) in wanted.Except(current))
            {
                r.Tags.Add(new ResidentTag { Tag = tag, Detail = detail });
            }
        }
        return changed;
    }
}
