using ComplaintDesk.Intake;

namespace ComplaintDesk.Demo.Volume;

/// <summary>What a generated complaint says at intake: who complains, through which channel, about what, and when.</summary>
internal sealed class IntakeSampler(VolumeCast cast, ArrivalSampler arrivals)
{
    // Per mille, in the order of the Channel enum: Counter, Phone, Website, MobileApp, Email, Letter, Regulator.
    private static readonly int[] ChannelWeights = [200, 350, 100, 180, 70, 30, 70];
    // Low, Normal, High, Urgent.
    private static readonly int[] PriorityWeights = [100, 700, 150, 50];

    private readonly int _categoryTotal = cast.Categories.Sum(c => c.Category.Weight);

    public (Registration Registration, DateTimeOffset RegisteredAt) Next(Random random)
    {
        var received = arrivals.Next(random);
        var channel = (Channel)Weighted(ChannelWeights, random);
        var (category, categoryId, _) = PickCategory(random);
        var names = new NameSampler(random);
        var customer = new Customer(names.Next(), Phone(random),
            random.Next(10) < 3 ? $"u{random.Next(10_000_000, 99_999_999)}@{VolumeCatalog.EmailDomains[random.Next(VolumeCatalog.EmailDomains.Length)]}" : null,
            random.Next(10) < 6 ? NationalId(random, received) : null,
            random.Next(10) < 4 ? $"CIF{random.NextInt64(1_000_000_000, 9_999_999_999)}" : null);
        var description = category.Descriptions[random.Next(category.Descriptions.Length)]
            + (random.Next(3) == 0 ? $"，涉及金额约{random.Next(50, 20000)}元。" : "。");
        var desired = random.Next(10) < 7 ? VolumeCatalog.DesiredOutcomes[random.Next(VolumeCatalog.DesiredOutcomes.Length)] : null;
        var registration = new Registration(customer, channel, received, categoryId, (Priority)Weighted(PriorityWeights, random),
            description, desired);
        // At the counter and on the phone the complaint is typed in while the customer is there; letters and referrals
        // from the regulator wait for the post room.
        var delay = channel switch
        {
            Channel.Counter or Channel.Phone => TimeSpan.FromMinutes(random.Next(2, 15)),
            Channel.Letter or Channel.Regulator => TimeSpan.FromHours(random.Next(4, 48)),
            _ => TimeSpan.FromMinutes(random.Next(10, 600)),
        };
        return (registration, received + delay);
    }

    private (VolumeCategory Category, long Id, long DepartmentId) PickCategory(Random random)
    {
        var roll = random.Next(_categoryTotal);
        foreach (var c in cast.Categories)
            if ((roll -= c.Category.Weight) < 0) return c;
        return cast.Categories[^1];
    }

    private static int Weighted(int[] weights, Random random)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
            if ((roll -= weights[i]) < 0) return i;
        return weights.Length - 1;
    }

    private static string Phone(Random random) =>
        VolumeCatalog.MobilePrefixes[random.Next(VolumeCatalog.MobilePrefixes.Length)] + random.Next(0, 100_000_000).ToString("D8");

    /// <summary>An 18-character resident ID number with a valid ISO 7064 MOD 11-2 check character.</summary>
    private static string NationalId(Random random, DateTimeOffset received)
    {
        var birth = received.AddYears(-random.Next(20, 75)).AddDays(-random.Next(365));
        var body = $"{random.Next(110000, 659000)}{birth:yyyyMMdd}{random.Next(0, 1000):D3}";
        int[] factors = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (body[i] - '0') * factors[i];
        return body + "10X98765432"[sum % 11];
    }
}
