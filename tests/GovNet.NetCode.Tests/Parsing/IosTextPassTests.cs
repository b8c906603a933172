using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovNet.NetCode.Dialects.CiscoIos;
using GovNet.NetCode.Tests.Support;
using Xunit;

namespace GovNet.NetCode.Tests.Parsing;

/// <summary>
/// The in-place looks over an IOS text that skip splitting it into lines when there is nothing to cut
/// (<see cref="IosTranscript.Cut"/>, <see cref="IosTextBlocks.Prepare"/>), against the line-by-line
/// definitions they stand in for: on every golden config, every corpus file, and generated texts of
/// session lines, banners, macros, deep indents, carriage returns and NULs, both give the same.
/// </summary>
public sealed class IosTextPassTests
{
    private static readonly string[] Lines =
    [
        "", " ", "!", "hostname R1", "interface Gi0/1", " ip address 10.0.0.1 255.255.255.0", "  deep", new string(' ', 32) + "x", new string(' ', 33) + "x",
        "\t" + new string(' ', 32) + "x", "R1#show running-config", "R1(config)#ip route 0.0.0.0 0.0.0.0 10.0.0.1", "R1>", "R1#", "[OK]", "[OK] ", "[OK]\0",
        "Enter configuration commands, one per line.  End with CNTL/Z.", "*Dec 30 09:46:14.937: %SYS-5-CONFIG_I: Configured", "x: %y", ": %",
        "banner motd ^C", "banner motd ^Chello^C", "banner exec #", "banner login X", "banner", "bannerx", "banner motd text", "^C", "#", "hello",
        "macro name M", "@", " @ ", "description a#b", " description a>b", "end", "x\r", "\r", "a\0", "! R1#", "interface Gi0/1 # x",
    ];

    [Fact]
    public void Golden_and_corpus_texts_are_cut_and_prepared_as_line_by_line()
    {
        foreach (var text in Texts())
        {
            AssertSame(text);
        }
    }

    [Property(MaxTest = 2000)]
    public Property Generated_texts_are_cut_and_prepared_as_line_by_line()
    {
        var texts =
            from count in Gen.Choose(0, 12)
            from lines in Gen.ArrayOf(Gen.Elements(Lines), count)
            select string.Join('\n', lines);
        return Prop.ForAll(texts.ToArbitrary(), AssertSame);
    }

    private static void AssertSame(string text)
    {
        var (cut, session) = IosTranscript.Cut(text);
        var (cutLines, sessionLines) = IosTranscript.CutLines(text);
        Assert.Equal(cutLines, cut);
        Assert.Equal(sessionLines.ToArray(), session.ToArray());
        Assert.Equal(IosTextBlocks.PrepareLines(text), IosTextBlocks.Prepare(text));
    }

    /// <summary>Every golden config and corpus file (when present), whole.</summary>
    internal static IEnumerable<string> Texts()
    {
        var files = Directory.EnumerateFiles(DialectSamples.GoldenFolder, "*.cfg");
        if (RealConfigs.Present)
        {
            files = files.Concat(Directory.EnumerateFiles(RealConfigs.Root, "*", SearchOption.AllDirectories));
        }

        return files.Order(StringComparer.Ordinal).Select(File.ReadAllText);
    }
}
