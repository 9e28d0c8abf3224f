namespace Affido.Demo;

/// <summary>A requests file that cannot be read: the message names the problem and, when known, the line.</summary>
public sealed class RequestFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RequestFileException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public RequestFileException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RequestFileException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at a line.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="line">The 1-based line, or null when unknown.</param>
    /// <param name="innerException">The cause.</param>
    public RequestFileException(string message, long? line, Exception? innerException) : base(message, innerException) => Line = line;

    /// <summary>The 1-based line of the problem, when known.</summary>
    public long? Line { get; }
}
