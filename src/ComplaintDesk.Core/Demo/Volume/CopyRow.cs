using Npgsql;
using NpgsqlTypes;

namespace ComplaintDesk.Demo.Volume;

/// <summary>Typed cells for a binary COPY row; nulls need no type, values always state theirs.</summary>
internal static class CopyRow
{
    public static void Text(this NpgsqlBinaryImporter w, string? value)
    {
        if (value is null) w.WriteNull(); else w.Write(value, NpgsqlDbType.Varchar);
    }

    /// <summary>Enums are stored by name.</summary>
    public static void Enum(this NpgsqlBinaryImporter w, System.Enum? value) => w.Text(value?.ToString());

    public static void Json(this NpgsqlBinaryImporter w, string value) => w.Write(value, NpgsqlDbType.Json);

    public static void Long(this NpgsqlBinaryImporter w, long? value)
    {
        if (value is null) w.WriteNull(); else w.Write(value.Value, NpgsqlDbType.Bigint);
    }

    public static void Int(this NpgsqlBinaryImporter w, int? value)
    {
        if (value is null) w.WriteNull(); else w.Write(value.Value, NpgsqlDbType.Integer);
    }

    public static void Bool(this NpgsqlBinaryImporter w, bool? value)
    {
        if (value is null) w.WriteNull(); else w.Write(value.Value, NpgsqlDbType.Boolean);
    }

    public static void Money(this NpgsqlBinaryImporter w, decimal? value)
    {
        if (value is null) w.WriteNull(); else w.Write(value.Value, NpgsqlDbType.Numeric);
    }

    public static void Time(this NpgsqlBinaryImporter w, DateTimeOffset? value)
    {
        if (value is null) w.WriteNull(); else w.Write(value.Value.UtcDateTime, NpgsqlDbType.TimestampTz);
    }
}
