using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintDesk.Web.Errors;

/// <summary>
/// Refuses JSON strings containing U+0000, which PostgreSQL cannot store in text columns. Throwing here makes the
/// request a 400 naming the JSON path, instead of a database error (500) after validation has passed.
/// </summary>
public sealed class StorableStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        if (value is not null && value.Contains('\0'))
            throw new JsonException("Text may not contain the NUL character (U+0000).");
        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
