using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation.Results;
using ValidationSeverity = FluentValidation.Severity;

namespace Affido.Serialization.SystemTextJson;

/// <summary>
/// A FluentValidation <see cref="ValidationFailure"/> (the <see cref="RuleEvaluation.ValidationFailures"/> of an
/// evaluation) as its path, code, message and severity:
/// <c>{"propertyName":"Placement.Start","errorCode":"date.out-of-range","errorMessage":"...","severity":"error"}</c>.
/// </summary>
/// <remarks>
/// <para><b>Privacy</b>: <see cref="ValidationFailure.AttemptedValue"/>, <see cref="ValidationFailure.CustomState"/>
/// and <see cref="ValidationFailure.FormattedMessagePlaceholderValues"/> are never written: the value that failed may be
/// a minor's birth date or another personal datum, and a response or a log must not carry it. Read back, a failure has
/// none of them. The members written are those <see cref="RuleEvaluation"/>'s equality compares (path, code,
/// message, ordinal) plus the severity, so a written evaluation read back equals the original.</para>
/// <para>Reading is strict: an object with exactly the four members, each once, in any order; the three texts are
/// strings, or <c>null</c> where the failure had none (a failure built by hand may have no code); the severity is
/// <c>"error"</c>, <c>"warning"</c> or <c>"info"</c>. A missing, unknown (<c>"attemptedValue"</c> included) or
/// repeated member, or a value of another type, is a <see cref="JsonException"/>.</para>
/// </remarks>
public sealed class ValidationFailureConverter : JsonConverter<ValidationFailure>
{
    /// <summary>The JSON names of the members, in the order they are written.</summary>
    public static IReadOnlyList<string> MemberNames { get; } = ["propertyName", "errorCode", "errorMessage", "severity"];

    private static readonly JsonEncodedText PropertyName = JsonEncodedText.Encode(MemberNames[0]);
    private static readonly JsonEncodedText ErrorCode = JsonEncodedText.Encode(MemberNames[1]);
    private static readonly JsonEncodedText ErrorMessage = JsonEncodedText.Encode(MemberNames[2]);
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode(MemberNames[3]);
    private static readonly EnumConverter<ValidationSeverity> SeverityConverter = new();
    private static readonly string Members = string.Join(", ", MemberNames.Select(n => "\"" + n + "\""));

    /// <summary>The JSON names of the severities (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public static IReadOnlyList<string> SeverityJsonNames => EnumConverter<ValidationSeverity>.JsonNames;

    /// <inheritdoc />
    public override ValidationFailure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new AffidoJsonException($"Expected a validation failure, an object of {Members}, found {JsonText.Token(ref reader)}.");
        }

        string?[] texts = new string?[3];
        var severity = ValidationSeverity.Error;
        Span<bool> seen = stackalloc bool[MemberNames.Count];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = JsonRead.PropertyName(ref reader);
            string step = JsonText.PropertyStep(name);
            int member = MemberIndex(name);
            if (member < 0)
            {
                throw new AffidoJsonException($"Unknown member {JsonText.Quote(name)} of a validation failure: expected only {Members}.", step);
            }

            if (seen[member])
            {
                throw new AffidoJsonException($"The member {JsonText.Quote(name)} of a validation failure is given twice.", step);
            }

            seen[member] = true;
            reader.Read();
            try
            {
                if (member < texts.Length)
                {
                    texts[member] = reader.TokenType == JsonTokenType.Null ? null : JsonRead.String(ref reader, "a string or null");
                }
                else
                {
                    severity = SeverityConverter.Read(ref reader, typeof(ValidationSeverity), options);
                }
            }
            catch (AffidoJsonException ex)
            {
                throw AffidoJsonException.Nest(ex, step);
            }
        }

        for (int i = 0; i < seen.Length; i++)
        {
            if (!seen[i])
            {
                throw new AffidoJsonException($"A validation failure needs {Members}: \"{MemberNames[i]}\" is missing.");
            }
        }

        return new ValidationFailure(texts[0], texts[2]) { ErrorCode = texts[1], Severity = severity };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ValidationFailure value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(PropertyName, value.PropertyName);
        writer.WriteString(ErrorCode, value.ErrorCode);
        writer.WriteString(ErrorMessage, value.ErrorMessage);
        writer.WritePropertyName(SeverityName);
        SeverityConverter.Write(writer, value.Severity, options);
        writer.WriteEndObject();
    }

    private static int MemberIndex(string name)
    {
        for (int i = 0; i < MemberNames.Count; i++)
        {
            if (string.Equals(MemberNames[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
