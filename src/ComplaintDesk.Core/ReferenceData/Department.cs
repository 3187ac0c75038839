namespace ComplaintDesk.ReferenceData;

public sealed class Department
{
    private Department() { }

    public Department(string code, string name)
    {
        Code = code;
        Name = name;
        IsActive = true;
    }

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public bool IsActive { get; private set; }

    public void Update(string name, bool isActive)
    {
        Name = name;
        IsActive = isActive;
    }
}
