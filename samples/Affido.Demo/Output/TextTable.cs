using System.Text;

namespace Affido.Demo;

/// <summary>A plain-text table with a header row, right-aligned numeric columns and a rule under the header.</summary>
public sealed class TextTable
{
    private readonly string[] headers;
    private readonly bool[] rightAligned;
    private readonly List<string[]> rows = [];

    /// <summary>Creates a table; a header ending in <c>&gt;</c> marks a right-aligned column (the marker is not printed).</summary>
    /// <param name="headers">The column headers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    public TextTable(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        rightAligned = [.. headers.Select(h => h.EndsWith('>'))];
        this.headers = [.. headers.Select(h => h.TrimEnd('>'))];
    }

    /// <summary>The number of data rows.</summary>
    public int RowCount => rows.Count;

    /// <summary>Adds a row; missing cells are blank, extra cells are an error.</summary>
    /// <param name="cells">The cells.</param>
    /// <exception cref="ArgumentException">More cells than columns.</exception>
    public void Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length > headers.Length)
        {
            throw new ArgumentException($"{cells.Length} cells for {headers.Length} columns.", nameof(cells));
        }
        string[] row = new string[headers.Length];
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = i < cells.Length ? cells[i] ?? string.Empty : string.Empty;
        }
        rows.Add(row);
    }

    /// <summary>Writes the table, each line indented.</summary>
    /// <param name="output">Where.</param>
    /// <param name="indent">The indentation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public void WriteTo(TextWriter output, string indent = "  ")
    {
        ArgumentNullException.ThrowIfNull(output);
        int[] widths = new int[headers.Length];
        for (int c = 0; c < headers.Length; c++)
        {
            widths[c] = Math.Max(headers[c].Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length));
        }
        output.WriteLine(indent + Line(headers, widths).TrimEnd());
        output.WriteLine(indent + string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (string[] row in rows)
        {
            output.WriteLine(indent + Line(row, widths).TrimEnd());
        }
    }

    private string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }
            line.Append(rightAligned[c] ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
        }
        return line.ToString();
    }
}
