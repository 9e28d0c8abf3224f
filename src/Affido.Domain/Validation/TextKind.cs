namespace Affido.Domain;

/// <summary>
/// What a text member holds, which sets its longest length (<see cref="InputLimits"/>) and the characters it may hold
/// (<see cref="TextValidatorExtensions.RequiredText"/>, <see cref="TextValidatorExtensions.OptionalText"/>).
/// </summary>
/// <remarks>
/// No kind accepts control characters other than the line breaks and tabs of free text, unpaired surrogates, or U+FFFD,
/// the replacement character a lenient decoder leaves for invalid UTF-8 (<see cref="ValidationCodes.TextInvalidCharacter"/>).
/// </remarks>
public enum TextKind
{
    /// <summary>
    /// One line, at most <see cref="InputLimits.MaxLineLength"/> characters: a name, an address, an e-mail. No control
    /// character, no line or paragraph separator.
    /// </summary>
    Line = 0,

    /// <summary>
    /// An identifier written by people, at most <see cref="InputLimits.MaxCodeLength"/> characters: a decree's reference,
    /// a phone number. The characters of a code: no control, format (invisible, bidirectional) or separator character.
    /// </summary>
    Identifier = 1,

    /// <summary>
    /// Free text, at most <see cref="InputLimits.MaxFreeTextLength"/> characters: an element of the plan, a stated reason.
    /// Tabs and line breaks (CR, LF) are allowed; other control characters are not.
    /// </summary>
    FreeText = 2,
}
