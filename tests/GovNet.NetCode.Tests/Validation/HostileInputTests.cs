using System.Text;
using GovNet.NetCode.Testing;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Validate;
using Xunit;
using static GovNet.NetCode.Tests.Validation.HostileInputRepo;

namespace GovNet.NetCode.Tests.Validation;

/// <summary>
/// Files written to break the loader (too large, linked elsewhere, not UTF-8, binary, missing): every
/// case must end in a diagnostic with a code and a position, never an exception, a hang or an
/// unbounded read. Each run is wrapped in <see cref="HangGuard"/>, which fails the test if it has not
/// finished within 10 s. The YAML and the values written to break it are HostileInputYamlTests and
/// HostileInputValueTests.
/// </summary>
public sealed class HostileInputTests
{
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
}
