namespace ComplaintDesk.Notifications;

/// <summary>A channel refused or could not take a message; the dispatcher records the text and retries later.</summary>
public sealed class MessageDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
