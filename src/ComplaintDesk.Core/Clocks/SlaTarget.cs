namespace ComplaintDesk.Clocks;

/// <summary>The promises a complaint desk keeps, each with its own clock.</summary>
public enum SlaTarget
{
    /// <summary>The customer knows the complaint was received and its number.</summary>
    Acknowledgement,
    /// <summary>A handler has spoken to the customer about the complaint.</summary>
    FirstContact,
    /// <summary>The decision has been given to the customer.</summary>
    Resolution,
    /// <summary>The decision on an appeal (China: 核查) has been given to the customer.</summary>
    Review,
}
