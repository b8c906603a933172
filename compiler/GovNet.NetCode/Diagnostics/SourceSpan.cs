namespace GovNet.NetCode.Diagnostics;

/// <summary>A position in a repository file: path relative to the repository root with '/' separators, 1-based line and column.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column) : IComparable<SourceSpan>
{
    public static SourceSpan StartOf(string file) => new(file, 1, 1);

    public SourceSpan Offset(int columns) => this with { Column = Column + columns };

    public int CompareTo(SourceSpan other)
    {
        var byFile = string.CompareOrdinal(File, other.File);
        if (byFile != 0)
        {
            return byFile;
        }

        return Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
    }

    public override string ToString() => $"{File}:{Line}:{Column}";
}
