using Affido.Domain;
using NodaTime;

namespace Affido.Domain.Tests.Placements;

public sealed class PartTimeScheduleValidatorTests
{
    private static readonly PartTimeScheduleValidator Validator = new();

    [Fact]
    public void The_sample_schedule_passes() => ValidationAssert.Valid(Validator, Samples.Schedule);

    [Fact]
    public void A_schedule_with_no_days_fails() => ValidationAssert.Fails(Validator, Samples.Schedule with { Days = [] }, "Days", ValidationCodes.PartTimeScheduleDaysEmpty);

    [Fact]
    public void A_repeated_day_fails()
        => ValidationAssert.Fails(Validator, Samples.Schedule with { Days = [IsoDayOfWeek.Monday, IsoDayOfWeek.Monday] }, "Days", ValidationCodes.PartTimeScheduleDaysDuplicate);

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void A_day_that_is_not_Monday_to_Sunday_fails(int day)
        => ValidationAssert.Fails(Validator, Samples.Schedule with { Days = [(IsoDayOfWeek)day] }, "Days[0]", ValidationCodes.PartTimeScheduleDayUndefined);

    [Theory]
    [InlineData(1, true)]
    [InlineData(24, true)]
    [InlineData(0, false)]
    [InlineData(25, false)]
    [InlineData(-3, false)]
    public void Hours_a_day_must_lie_in_1_to_24(int hours, bool valid)
    {
        var schedule = Samples.Schedule with { HoursPerDay = hours };
        if (valid)
        {
            ValidationAssert.Valid(Validator, schedule);
        }
        else
        {
            ValidationAssert.Fails(Validator, schedule, "HoursPerDay", ValidationCodes.PartTimeScheduleHoursOutOfRange);
        }
    }

    [Fact]
    public void No_fixed_hours_and_no_periods_pass() => ValidationAssert.Valid(Validator, new PartTimeSchedule([IsoDayOfWeek.Wednesday]));

    [Fact]
    public void A_blank_description_of_periods_fails() => ValidationAssert.Fails(Validator, Samples.Schedule with { Periods = " " }, "Periods", ValidationCodes.TextBlank);
}
