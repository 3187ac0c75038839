namespace ComplaintDesk.ReferenceData;

/// <summary>A complaint type from the managed list; "Unclassified" holds channel intake that nobody has triaged yet.</summary>
public sealed class Category
{
    public const string UnclassifiedCode = "UNCLASSIFIED";

    private Category() { }

    public Category(string code, string name, string nameEn)
    {
        Code = code;
        Name = name;
        NameEn = nameEn;
        IsActive = true;
    }

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public bool IsActive { get; private set; }

    public void Update(string name, string nameEn, bool isActive)
    {
        Name = name;
        NameEn = nameEn;
        IsActive = isActive;
    }
}
