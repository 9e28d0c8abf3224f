namespace Affido.Rules;

/// <summary>How the monthly contribution is paid for a month in which the placement starts or ends (a district's choice; Reg. art. 9 is silent).</summary>
public enum PartialMonthRule
{
    /// <summary>In proportion to the days of placement in the month over the days of the month (the default).</summary>
    ProRataByDays = 0,

    /// <summary>The whole monthly amount for any month with at least one day of placement.</summary>
    WholeMonth = 1,
}
