namespace ComplaintDesk.Web.Errors;

/// <summary>Input bound under a prefix chosen at request time (a case step's form); validated like a handler argument.</summary>
public interface IPostedInput
{
    string Prefix { get; }
    object Value { get; }
}
