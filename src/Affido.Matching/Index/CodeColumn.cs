namespace Affido.Matching;

/// <summary>
/// The carer codes of the index, stored compactly instead of as references to the callers' strings: one buffer
/// holding every code back to back plus an offset per carer. When every code is ASCII the buffer is one byte a
/// character (ASCII is its own UTF-8); otherwise it falls back to UTF-16 <c>char</c>s. Comparisons read the buffer
/// without allocating; a <see cref="string"/> is materialised only for a code the caller asks for.
/// </summary>
/// <remarks>
/// Ordinal order is preserved: for ASCII, comparing bytes orders exactly as comparing the UTF-16 code units does, and
/// the fallback compares the UTF-16 code units themselves, so the sign of <see cref="Compare"/> is always the sign of
/// <see cref="string.CompareOrdinal(string, string)"/> on the two codes.
/// </remarks>
internal sealed class CodeColumn
{
    private readonly byte[]? ascii;
    private readonly char[]? utf16;
    private readonly int[] offsets;

    private CodeColumn(byte[]? ascii, char[]? utf16, int[] offsets)
    {
        this.ascii = ascii;
        this.utf16 = utf16;
        this.offsets = offsets;
    }

    /// <summary>The number of codes.</summary>
    public int Count => offsets.Length - 1;

    /// <summary>The bytes the column holds: itself, the buffer and the offsets (with their array headers).</summary>
    public long EstimatedBytes
        => MemorySizes.ObjectHeader + (3 * sizeof(long))
            + (ascii is null ? MemorySizes.Array(utf16!.LongLength, sizeof(char)) : MemorySizes.Array(ascii.LongLength, sizeof(byte)))
            + MemorySizes.Array(offsets.LongLength, sizeof(int));

    /// <summary>
    /// Packs <paramref name="codes"/> (already checked: not blank, unique). Uses one byte a character when they are
    /// all ASCII, otherwise UTF-16.
    /// </summary>
    public static CodeColumn Build(string[] codes)
    {
        int[] offsets = new int[codes.Length + 1];
        long total = 0;
        bool allAscii = true;
        for (int i = 0; i < codes.Length; i++)
        {
            offsets[i] = checked((int)total);
            total += codes[i].Length;
            allAscii = allAscii && System.Text.Ascii.IsValid(codes[i]);
        }

        int length = checked((int)total);
        offsets[codes.Length] = length;
        if (allAscii)
        {
            byte[] bytes = new byte[length];
            for (int i = 0; i < codes.Length; i++)
            {
                System.Text.Ascii.FromUtf16(codes[i], bytes.AsSpan(offsets[i]), out _);
            }

            return new CodeColumn(bytes, null, offsets);
        }

        char[] chars = new char[length];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i].CopyTo(chars.AsSpan(offsets[i]));
        }

        return new CodeColumn(null, chars, offsets);
    }

    /// <summary>A new column: these codes and <paramref name="code"/> after them (not blank, not among them: the caller checks).</summary>
    public CodeColumn Append(string code)
    {
        int length = offsets[^1];
        int[] grown = new int[offsets.Length + 1];
        offsets.CopyTo(grown, 0);
        grown[^1] = checked(length + code.Length);
        if (ascii is not null && System.Text.Ascii.IsValid(code))
        {
            byte[] bytes = new byte[length + code.Length];
            ascii.CopyTo(bytes, 0);
            System.Text.Ascii.FromUtf16(code, bytes.AsSpan(length), out _);
            return new CodeColumn(bytes, null, grown);
        }

        char[] chars = new char[length + code.Length];
        if (ascii is not null)
        {
            System.Text.Ascii.ToUtf16(ascii, chars, out _);
        }
        else
        {
            utf16!.CopyTo(chars, 0);
        }

        code.CopyTo(chars.AsSpan(length));
        return new CodeColumn(null, chars, grown);
    }

    /// <summary>A new column: these codes without the one at <paramref name="row"/> (the others keep their order).</summary>
    public CodeColumn Without(int row)
    {
        int start = offsets[row];
        int removed = offsets[row + 1] - start;
        int[] shrunk = CarerIndex.Splice(offsets, row, 1, 0);
        for (int r = row; r < shrunk.Length; r++)
        {
            shrunk[r] -= removed;
        }

        return ascii is not null
            ? new CodeColumn(CarerIndex.Splice(ascii, start, removed, 0), null, shrunk)
            : new CodeColumn(null, CarerIndex.Splice(utf16!, start, removed, 0), shrunk);
    }

    /// <summary>The code at <paramref name="row"/>, as a new string.</summary>
    public string this[int row]
    {
        get
        {
            int start = offsets[row];
            int length = offsets[row + 1] - start;
            return ascii is not null
                ? System.Text.Encoding.ASCII.GetString(ascii, start, length)
                : new string(utf16!, start, length);
        }
    }

    /// <summary>Negative, zero or positive as the code at <paramref name="a"/> sorts before, with or after the one at <paramref name="b"/> (ordinal).</summary>
    public int Compare(int a, int b)
    {
        if (ascii is not null)
        {
            return Bytes(a).SequenceCompareTo(Bytes(b));
        }

        return Chars(a).SequenceCompareTo(Chars(b));
    }

    /// <summary>The row holding <paramref name="code"/>, or -1 (a linear scan; allocates nothing).</summary>
    public int IndexOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (ascii is not null)
        {
            if (!System.Text.Ascii.IsValid(code) || code.Length > ascii.Length)
            {
                return -1;
            }

            Span<byte> probe = code.Length <= 256 ? stackalloc byte[code.Length] : new byte[code.Length];
            System.Text.Ascii.FromUtf16(code, probe, out _);
            for (int row = 0; row < Count; row++)
            {
                if (Bytes(row).SequenceEqual(probe))
                {
                    return row;
                }
            }

            return -1;
        }

        for (int row = 0; row < Count; row++)
        {
            if (Chars(row).SequenceEqual(code))
            {
                return row;
            }
        }

        return -1;
    }

    private ReadOnlySpan<byte> Bytes(int row) => ascii.AsSpan(offsets[row], offsets[row + 1] - offsets[row]);

    private ReadOnlySpan<char> Chars(int row) => utf16.AsSpan(offsets[row], offsets[row + 1] - offsets[row]);
}
