namespace Affido.Domain;

/// <summary>
/// The sizes the validators accept for text and lists: limits on input, not legal rules. A value beyond them is a
/// validation failure naming the member (<see cref="ValidationCodes.CodeTooLong"/>,
/// <see cref="ValidationCodes.TextTooLong"/>, <see cref="ValidationCodes.PlacementMinorsTooMany"/>), never an exception.
/// </summary>
/// <remarks>
/// Lengths count UTF-16 code units (<see cref="string.Length"/>). They are generous for every real value and keep a
/// hostile one (a 50 MB "name") from travelling further into the library, its logs and its storage.
/// </remarks>
public static class InputLimits
{
    /// <summary>
    /// The longest code (<see cref="ICode{TSelf}"/>: minors', carers', persons', districts', sibling groups' codes,
    /// background tags) and identifier text (<see cref="TextKind.Identifier"/>: a decree's reference, a phone number): 64.
    /// </summary>
    public const int MaxCodeLength = 64;

    /// <summary>The longest line of text (<see cref="TextKind.Line"/>: a name, an address, an e-mail): 256.</summary>
    public const int MaxLineLength = 256;

    /// <summary>The longest free text (<see cref="TextKind.FreeText"/>: an element of the plan, a stated reason): 10,000.</summary>
    public const int MaxFreeTextLength = 10_000;

    /// <summary>The most minors one placement holds (a sibling group placed together): 20.</summary>
    public const int MaxMinors = 20;
}
