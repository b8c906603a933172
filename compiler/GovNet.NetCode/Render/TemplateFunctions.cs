using System.Collections.Immutable;
using GovNet.NetCode.Model;
using Scriban.Functions;
using Scriban.Runtime;

namespace GovNet.NetCode.Render;

/// <summary>
/// The only functions a template can call. Scriban's own library (string, array, date, …) is left
/// out: a config must not depend on the clock, and names, ordering and lists are decided in C#.
/// </summary>
internal static class TemplateFunctions
{
    public const string Include = "include";

    /// <summary>What each function takes and gives, for <see cref="TemplateChecker"/>.</summary>
    public sealed record Signature(ImmutableArray<Type> Parameters, Type Result);

    public static readonly ImmutableDictionary<string, Signature> All = new Dictionary<string, Signature>(StringComparer.Ordinal)
    {
        [Include] = new([typeof(string)], typeof(string)),
        // Masks and wildcards for prefix lengths; the view model has them for addresses, templates may need them elsewhere.
        ["netmask"] = new([typeof(int)], typeof(string)),
        ["wildcard"] = new([typeof(int)], typeof(string)),
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>A fresh object holding the functions, the root of one render's variables.</summary>
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.SetValue(Include, new IncludeFunction(), readOnly: true);
        functions.SetValue("netmask", DelegateCustomFunction.CreateFunc<int, string>(Netmask), readOnly: true);
        functions.SetValue("wildcard", DelegateCustomFunction.CreateFunc<int, string>(Wildcard), readOnly: true);
        return functions;
    }

    /// <summary>The function of a prefix length named <paramref name="name"/>, for <see cref="TemplateCompiler"/>; null for any other name.</summary>
    public static Func<int, string>? Numeric(string name) => name switch
    {
        "netmask" => Netmask,
        "wildcard" => Wildcard,
        _ => null,
    };

    private static string Netmask(int length) => new Ipv4Address(Ipv4Prefix.MaskOf(Length(length))).ToString();

    private static string Wildcard(int length) => new Ipv4Address(~Ipv4Prefix.MaskOf(Length(length))).ToString();

    // Scriban reports what a function throws as a template fault at the call.
    private static int Length(int length) =>
        length is >= 0 and <= 32 ? length : throw new ArgumentOutOfRangeException(nameof(length), length, "takes one prefix length (0-32)");
}
