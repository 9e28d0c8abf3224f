using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Affido.EntityFrameworkCore;

/// <summary>A list of dates as canonical JSON text: <c>["2015-03-01"]</c>.</summary>
internal sealed class DateListConverter() : ValueConverter<ValueArray<LocalDate>, string>(
    dates => RegistryJson.WriteDates(dates), text => RegistryJson.ReadDates(text));
