using System.Text;
using GovNet.NetCode.Load;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Validate;
using Xunit;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>
/// Input written to break the loader: every case must end in a diagnostic with a code and a
/// position, never an exception, a hang or an unbounded read. Each run is wrapped in
/// <see cref="HangGuard"/>, which fails the test if it has not finished within 10 s.
/// </summary>
public sealed class HostileInputTests
{
    private const string Network = "policy/network.yaml";
    private const string Finance = "policy/units/finance.yaml";
    private const string Flows = "policy/flows.yaml";
    private const string Core = "inventory/devices/EXT-CORE-01.yaml";

    private static string Default(string path) => MiniRepo.DefaultFiles[path];

    [Fact]
    public async Task An_alias_bomb_is_NC1008_at_its_first_anchor()
    {
        var bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append($"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n");
        }

        using var repo = new MiniRepo().With(Flows, bomb + "flows: *i\n");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1008", Flows, 1, 4);
        Assert.Contains("&a", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alias_without_an_anchor_is_NC1008()
    {
        using var repo = new MiniRepo().With(Flows, "flows: *everything\n");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1008", Flows, 1, 8);
    }

    [Fact]
    public async Task A_file_of_exactly_one_MiB_is_accepted()
    {
        // One comment line pads the flows file to the cap, byte for byte.
        var flows = Default(Flows);
        var text = flows + "#" + new string('x', SourceTextCap - Encoding.UTF8.GetByteCount(flows) - 2) + "\n";
        Assert.Equal(SourceTextCap, Encoding.UTF8.GetByteCount(text));
        using var repo = new MiniRepo().With(Flows, text);
        DiagnosticAssert.Clean(await HangGuard.ValidateAsync(repo));
    }

    [Fact]
    public async Task A_file_one_byte_over_one_MiB_is_NC1002()
    {
        var bytes = new byte[SourceTextCap + 1];
        Array.Fill(bytes, (byte)'#');
        using var repo = new MiniRepo().WithBytes(Flows, bytes);
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1002", Flows, 1, 1);
    }

    [Fact]
    public async Task A_50_MiB_sparse_file_is_NC1002_without_reading_it()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        using (var file = new FileStream(Path.Combine(root, Flows), FileMode.Open, FileAccess.Write))
        {
            file.SetLength(50L * 1024 * 1024);
        }

        var result = await HangGuard.RunAsync(() => PolicyValidator.Run(root, MiniRepo.Today));
        var diagnostic = DiagnosticAssert.ReportsOnly(result, "NC1002", Flows, 1, 1);
        Assert.Contains("52,428,800 bytes", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_device_file_linked_to_an_endless_device_is_NC1012_without_reading_it()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // /dev/zero reports a length of 0 and never ends: it must be refused before any read.
        using var repo = new MiniRepo();
        var root = repo.Write();
        File.CreateSymbolicLink(Path.Combine(root, "inventory/devices/ZERO.yaml"), "/dev/zero");
        var result = await HangGuard.RunAsync(() => PolicyValidator.Run(root, MiniRepo.Today));
        DiagnosticAssert.ReportsOnly(result, "NC1012", "inventory/devices/ZERO.yaml", 1, 1);
    }

    [Fact]
    public async Task A_unit_linked_to_a_file_outside_the_repository_is_NC1012_and_nothing_of_it_is_quoted()
    {
        using var outside = new TemporaryDirectory("netcode-outside");
        var secret = Path.Combine(outside.Path, "secret.txt");
        File.WriteAllText(secret, "root-password: Hunter2-not-yaml: [\n");
        using var repo = new MiniRepo();
        var root = repo.Write();
        File.CreateSymbolicLink(Path.Combine(root, "policy/units/stolen.yaml"), secret);

        var result = await HangGuard.RunAsync(() => PolicyValidator.Run(root, MiniRepo.Today));

        var diagnostic = DiagnosticAssert.ReportsOnly(result, "NC1012", "policy/units/stolen.yaml", 1, 1);
        Assert.DoesNotContain("Hunter2", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_linked_folder_that_leads_outside_is_NC1012_for_each_file_and_a_link_within_the_repository_is_read()
    {
        using var outside = new TemporaryDirectory("netcode-outside");
        using var repo = new MiniRepo();
        var root = repo.Write();
        var devices = Path.Combine(root, "inventory/devices");
        var shared = Path.Combine(root, "shared");
        Directory.CreateDirectory(shared);
        File.Move(Path.Combine(devices, "EXT-ACC-01.yaml"), Path.Combine(shared, "EXT-ACC-01.yaml"));
        File.CreateSymbolicLink(Path.Combine(devices, "EXT-ACC-01.yaml"), "../../shared/EXT-ACC-01.yaml");
        var within = await HangGuard.RunAsync(() => PolicyValidator.Run(root, MiniRepo.Today));
        Directory.Move(Path.Combine(root, "policy/units"), Path.Combine(outside.Path, "units"));
        Directory.CreateSymbolicLink(Path.Combine(root, "policy/units"), Path.Combine(outside.Path, "units"));

        var leaving = await HangGuard.RunAsync(() => PolicyValidator.Run(root, MiniRepo.Today));

        DiagnosticAssert.Clean(within);
        DiagnosticAssert.Reports(leaving, "NC1012", "policy/units/center.yaml", 1, 1);
        DiagnosticAssert.Reports(leaving, "NC1012", "policy/units/finance.yaml", 1, 1);
    }

    [Fact]
    public async Task Invalid_UTF8_after_a_BOM_and_Chinese_text_is_NC1003_at_the_bad_byte()
    {
        var bytes = (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("network: test-net\ntitle: 测试"), 0xFF, .. Encoding.UTF8.GetBytes("网络\n")];
        using var repo = new MiniRepo().WithBytes(Network, [.. bytes, .. Encoding.UTF8.GetBytes(Default(Network).Split('\n', 3)[2])]);
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1003", Network, 2, 10);

        // The byte offset counts from the start of the file, BOM included: 3 + 18 + 7 + 6.
        Assert.Contains("byte 34", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_cut_inside_a_character_is_NC1003_at_its_end()
    {
        var text = Encoding.UTF8.GetBytes("id: finance\ntitle: 财政局");
        using var repo = new MiniRepo().WithBytes(Finance, text[..^1]);
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1003", Finance, 2, 10);
    }

    [Fact]
    public async Task A_file_saved_as_UTF16_is_NC1003_asking_for_UTF8()
    {
        using var repo = new MiniRepo().WithBytes(Network, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Default(Network))]);
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1003", Network, 1, 1);
        Assert.Contains("UTF-16", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NUL_bytes_are_NC1004_at_the_first_one()
    {
        using var repo = new MiniRepo().With(Finance, "id: finance\n\0\0\0\0");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1004", Finance, 2, 1);
        Assert.Contains("binary", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_raw_escape_character_is_NC1004_at_the_character()
    {
        using var repo = new MiniRepo().Replace(Finance, "title: 财政局", "title: 财政\u001B[31m局");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1004", Finance, 2, 10);
        Assert.Contains("U+001B", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_PNG_saved_as_a_device_file_is_NC1004()
    {
        // The signature (0x89 'PNG' CR LF 0x1A LF) and the start of the IHDR chunk, whose length field holds NUL bytes.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];
        using var repo = new MiniRepo().WithBytes("inventory/devices/photo.yaml", png);
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1004", "inventory/devices/photo.yaml", 3, 1);
        Assert.Contains("binary", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tab_after_spaces_in_indentation_is_NC1007_at_the_tab()
    {
        using var repo = new MiniRepo().Replace(Network, "    internet: none", "  \tinternet: none");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1007", Network, 12, 3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("# the planes come later\n# (nothing yet)\n")]
    [InlineData("\uFEFF")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    public async Task An_empty_or_comment_only_network_file_is_NC1005(string text)
    {
        using var repo = new MiniRepo().With(Network, text);
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1005", Network, 1, 1);
    }

    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public async Task Ten_thousand_nested_brackets_are_NC1009(char open, char close)
    {
        using var repo = new MiniRepo().With(Flows, "flows: " + new string(open, 10_000) + new string(close, 10_000) + "\n");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1009", Flows, 1, 39);
    }

    [Fact]
    public async Task Ten_thousand_unclosed_brackets_are_NC1009()
    {
        using var repo = new MiniRepo().With(Flows, "flows: " + new string('[', 10_000));
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1009", Flows, 1, 39);
    }

    [Fact]
    public async Task Ten_thousand_nested_block_lists_are_NC1009()
    {
        using var repo = new MiniRepo().With(Flows, "flows:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1009", Flows, 2, 63);
    }

    [Fact]
    public async Task Three_documents_in_one_file_are_NC1010_at_the_second()
    {
        using var repo = new MiniRepo().With(Flows, "---\n" + Default(Flows) + "---\nflows: []\n---\nflows: []\n");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1010", Flows, 9, 1);
    }

    [Fact]
    public async Task A_missing_policy_folder_is_NC1001()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Directory.Delete(Path.Combine(root, "policy"), recursive: true);
        var result = await HangGuard.RunAsync(() => PolicyValidator.Run(root, MiniRepo.Today));
        var diagnostic = DiagnosticAssert.ReportsOnly(result, "NC1001", "policy", 1, 1);
        Assert.Contains("folder policy/ is missing", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_inventory_folder_is_NC1001()
    {
        using var repo = new MiniRepo();
        var root = repo.Write();
        Directory.Delete(Path.Combine(root, "inventory"), recursive: true);
        var result = await HangGuard.RunAsync(() => PolicyValidator.Run(root, MiniRepo.Today));
        DiagnosticAssert.ReportsOnly(result, "NC1001", "inventory", 1, 1);
    }

    [Fact]
    public async Task A_repository_without_network_yaml_is_NC1001()
    {
        using var repo = new MiniRepo().Without(Network);
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1001", Network, 1, 1);
    }

    [Fact]
    public async Task An_inventory_without_device_files_is_NC1001()
    {
        using var repo = new MiniRepo();
        foreach (var device in MiniRepo.DefaultFiles.Keys.Where(p => p.StartsWith("inventory/", StringComparison.Ordinal)))
        {
            repo.Without(device);
        }

        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1001", "inventory/devices", 1, 1);
        Assert.Contains("no device files", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_repeated_inside_braces_is_NC1011_naming_the_first()
    {
        using var repo = new MiniRepo().Replace(Finance, "{ zone: public, vlan: 110,", "{ zone: public, zone: office, vlan: 110,");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1011", Finance, 4, 21);
        Assert.Contains("duplicate key 'zone' (first at policy/units/finance.yaml:4:7)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zone_declared_twice_is_NC1011_naming_the_first()
    {
        using var repo = new MiniRepo().Replace(Network, "  office: { plane: internal }\n", "  office: { plane: internal }\n  public: { plane: internal }\n");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC1011", Network, 19, 3);
        Assert.Contains("(first at policy/network.yaml:16:3)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_range_past_any_integer_is_NC4103()
    {
        using var repo = new MiniRepo().Replace(Flows, "tcp/80,443", "tcp/1-99999999999999999999999999999999");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC4103", Flows, 5, 22);
        Assert.Contains("is not a port (1-65535)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_range_that_runs_backwards_is_NC4103()
    {
        using var repo = new MiniRepo().Replace(Flows, "tcp/80,443", "tcp/80,65535-1");
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC4103", Flows, 5, 25);
        Assert.Contains("write 1-65535", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_range_of_a_hundred_thousand_ports_on_a_device_is_NC2110()
    {
        using var repo = new MiniRepo().Replace(Core, "GigabitEthernet0/0/10-11", "GigabitEthernet0/0/10-100000");
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2110", Core, 11, 13);
    }

    [Fact]
    public async Task A_device_file_of_fifteen_thousand_port_ranges_is_NC2110_past_4096_ports()
    {
        // Each range is legal (999 ports); together they would expand to 15 million ports.
        var device = new StringBuilder("hostname: EXT-BIG-01\nvendor: huawei-vrp\nplane: external\nrole: access\nmanagement: 10.61.0.250\ninterfaces:\n");
        while (device.Length < SourceTextCap - 100)
        {
            device.Append("  - { name: GigabitEthernet0/0/1-999, mode: access, segment: finance@public }\n");
        }

        using var repo = new MiniRepo().With("inventory/devices/EXT-BIG-01.yaml", device.ToString());
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2110", "inventory/devices/EXT-BIG-01.yaml", 11, 13);
        Assert.Contains("4,995 ports; at most 4,096", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_of_a_hundred_thousand_characters_is_NC2109_with_a_short_message()
    {
        using var repo = new MiniRepo().Replace(Finance, "title: 财政局", "title: " + new string('财', 100_000));
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2109", Finance, 2, 8);
        Assert.True(diagnostic.Message.Length < 200, diagnostic.Message);
    }

    [Fact]
    public async Task An_identifier_of_a_hundred_thousand_characters_is_NC2105_with_a_clipped_message()
    {
        using var repo = new MiniRepo().Replace(Finance, "id: finance", "id: " + new string('a', 100_000));
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2105", Finance, 1, 5);
        Assert.True(diagnostic.Message.Length < 300, diagnostic.Message);
    }

    [Theory]
    [InlineData("\"\\e[2J\\e[31mhacked\"", "U+001B")]
    [InlineData("\"财政\\x07局\"", "U+0007")]
    [InlineData("\"财政\\t局\"", "U+0009")]
    [InlineData("财政\u202E局", "U+202E")]
    public async Task Control_characters_in_a_title_are_NC2109(string title, string named)
    {
        using var repo = new MiniRepo().Replace(Finance, "title: 财政局", "title: " + title);
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2109", Finance, 2, 8);
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostic.Message, char.IsControl);
    }

    [Theory]
    [InlineData("CON")]
    [InlineData("con")]
    [InlineData("NUL")]
    [InlineData("COM1")]
    [InlineData("LPT9")]
    [InlineData("../etc")]
    [InlineData("\"../../etc/passwd\"")]
    [InlineData("EXT-CORE-01/..")]
    [InlineData("\"EXT CORE 01\"")]
    [InlineData("-EXT-CORE-01")]
    public async Task A_hostname_that_is_not_a_safe_file_name_is_NC2106(string hostname)
    {
        using var repo = new MiniRepo().Replace(Core, "hostname: EXT-CORE-01", "hostname: " + hostname);
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2106", Core, 1, 11);
    }

    [Fact]
    public async Task A_hostname_of_64_characters_is_NC2106()
    {
        using var repo = new MiniRepo().Replace(Core, "hostname: EXT-CORE-01", "hostname: " + new string('A', 64));
        DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2106", Core, 1, 11);
    }

    [Theory]
    [InlineData("? [zone, vlan]\n: 110\n", 6, 3)]
    [InlineData("? { zone: public }\n: 110\n", 6, 3)]
    [InlineData("[a, b]: 110\n", 6, 1)]
    public async Task A_key_that_is_not_a_scalar_is_NC2103(string entry, int line, int column)
    {
        using var repo = new MiniRepo().With(Finance, Default(Finance) + entry);
        var diagnostic = DiagnosticAssert.ReportsOnly(await HangGuard.ValidateAsync(repo), "NC2103", Finance, line, column);
        Assert.Contains("mapping key", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_thousand_copies_of_one_subnet_give_one_overlap_each()
    {
        // n copies overlap pairwise n²/2 times; reporting every pair ran out of memory at 5,000 copies.
        var unit = new StringBuilder("id: copies\nsegments:\n");
        for (var i = 0; i < 3000; i++)
        {
            unit.Append($"  - {{ zone: public, vlan: {1000 + i}, subnet: 10.200.0.0/16 }}\n");
        }

        using var repo = new MiniRepo().With("policy/units/copies.yaml", unit.ToString());
        var result = await HangGuard.ValidateAsync(repo);
        DiagnosticAssert.Reports(result, "NC3102", "policy/units/copies.yaml", 4, 41);
        Assert.Equal(2999, result.Diagnostics.Count(d => d.Code == "NC3102"));
        Assert.Equal(2999, result.Diagnostics.Count(d => d.Code == "NC3109"));
        Assert.Equal(2999, result.Diagnostics.Count(d => d.Code == "NC3115"));
        Assert.Equal(2999 * 3, result.Diagnostics.Length);
    }

    [Fact]
    public async Task A_hundred_thousand_flows_finish()
    {
        var flows = new StringBuilder("flows:\n");
        for (var i = 0; flows.Length < SourceTextCap - 100; i++)
        {
            flows.Append("  - permit tcp/443 from zone:public to service:oa\n");
        }

        using var repo = new MiniRepo().With(Flows, flows.ToString());
        DiagnosticAssert.Clean(await HangGuard.ValidateAsync(repo));
    }

    private const int SourceTextCap = SourceText.MaxFileBytes;
}
