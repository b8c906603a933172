namespace GovNet.NetCode.Render;

/// <summary>
/// One boxed object per yes/no and per small whole number, for the compiled templates: their
/// values travel as objects, and a fresh box for every rule's flag, port and sequence number was a
/// good part of what a compile left for the collector. Boxes are never mutated, so sharing one is
/// invisible to the templates.
/// </summary>
internal static class Boxes
{
    /// <summary>Covers VLAN ids, port numbers, rule numbers and loop indexes of every config seen.</summary>
    private const int Cached = 65536;

    private static readonly object True = true;
    private static readonly object False = false;

    // Filled as numbers are first met: two threads boxing the same number at once keep either box, both equal.
    private static readonly object?[] Numbers = new object?[Cached];

    public static object Of(bool value) => value ? True : False;

    public static object Of(int value) => (uint)value < Cached ? Numbers[value] ??= value : value;
}
