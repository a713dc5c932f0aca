using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ApprenantAgile.Platform.Data;

/// <summary>
/// Stores every DateTime as UTC and reads it back with Kind=Utc: SQLite keeps no kind, and
/// Npgsql refuses non-UTC values for timestamptz columns.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

/// <summary>The nullable form of <see cref="UtcDateTimeConverter"/>.</summary>
public sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
    value => value.HasValue ? (value.Value.Kind == DateTimeKind.Utc ? value : value.Value.ToUniversalTime()) : value,
    value => value.HasValue ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc) : value);
