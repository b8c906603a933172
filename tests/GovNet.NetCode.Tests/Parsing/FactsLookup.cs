using GovNet.NetCode.Parsing;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>Lookups the parser tests of every dialect share, imported with <c>using static</c>.</summary>
internal static class FactsLookup
{
    public static InterfaceFact Interface(DeviceFacts facts, string name) => Assert.Single(facts.Interfaces, i => i.Name == name);
}
