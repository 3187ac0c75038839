namespace ComplaintDesk.Demo.Volume;

/// <summary>Chinese names: a surname (frequent ones far more often) and one or two given-name characters.</summary>
internal sealed class NameSampler(Random random)
{
    public string Next()
    {
        var surnames = VolumeCatalog.Surnames;
        // Squaring a uniform number puts most picks at the front of the list, where the common surnames are.
        var surname = surnames[(int)(Math.Pow(random.NextDouble(), 2) * surnames.Length)];
        var given = VolumeCatalog.GivenNameCharacters;
        var first = given[random.Next(given.Length)];
        return random.Next(10) < 7 ? surname + first + given[random.Next(given.Length)] : surname + first;
    }
}
