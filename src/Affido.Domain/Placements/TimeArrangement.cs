namespace Affido.Domain;

/// <summary>Full-time or part-time placement (Reg. art. 3).</summary>
public enum TimeArrangement
{
    /// <summary>Full time (a tempo pieno): the minor lives with the carers.</summary>
    FullTime = 0,

    /// <summary>Part time (a tempo parziale): some days a week, some hours a day, or short periods, per a <see cref="PartTimeSchedule"/>.</summary>
    PartTime = 1,
}
