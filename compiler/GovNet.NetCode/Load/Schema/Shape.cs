using System.Collections.Immutable;

namespace GovNet.NetCode.Load.Schema;

/// <summary>
/// The declared shape of a YAML file. One declaration serves both the loader's structural checks
/// (<see cref="ShapeChecker"/>) and the JSON Schema printed for editors (<see cref="JsonSchemaWriter"/>),
/// so the two can never disagree.
/// </summary>
public abstract record Shape(Caption Description);

/// <summary>A mapping with a fixed set of keys.</summary>
public sealed record ObjectShape(Caption Description, ImmutableArray<Field> Fields) : Shape(Description);

public sealed record Field(string Name, Shape Shape, bool Required = false)
{
    /// <summary>The name as the checker's messages quote it, made once: the checker passes it down for every key of every file.</summary>
    internal string Quoted { get; } = $"'{Name}'";
}

/// <summary>A mapping whose keys are identifiers chosen by the user (plane, zone, service names).</summary>
public sealed record MapShape(Caption Description, Shape Values) : Shape(Description);

public sealed record ListShape(Caption Description, Shape Items) : Shape(Description);

/// <summary>A scalar in a given format, optionally limited to a few words.</summary>
public sealed record ScalarShape(Caption Description, ValueFormat Format, ImmutableArray<string> Allowed) : Shape(Description)
{
    public ScalarShape(Caption description, ValueFormat format)
        : this(description, format, [])
    {
    }
}

/// <summary>One of several shapes, told apart by the kind of node (a word or a list, a rule or a mapping).</summary>
public sealed record EitherShape(Caption Description, ImmutableArray<Shape> Options) : Shape(Description);
