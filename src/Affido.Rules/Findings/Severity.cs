namespace Affido.Rules;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Information for the social worker; nothing is wrong.</summary>
    Info = 0,

    /// <summary>Something needs attention soon (a deadline approaching, a recommended act missing).</summary>
    Warning = 1,

    /// <summary>A legal requirement is not met.</summary>
    Error = 2,
}
