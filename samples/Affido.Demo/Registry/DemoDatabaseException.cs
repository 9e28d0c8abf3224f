namespace Affido.Demo;

/// <summary>The <c>--database</c> file cannot hold or give the registry (not a SQLite database, unreadable, another schema).</summary>
public sealed class DemoDatabaseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DemoDatabaseException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public DemoDatabaseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DemoDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
