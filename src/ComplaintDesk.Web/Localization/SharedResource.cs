namespace ComplaintDesk.Web.Localization;

/// <summary>Marker for the texts shared by every page: navigation, buttons, enum values and error messages.</summary>
public sealed class SharedResource;
