using FsCheck;
using FsCheck.Fluent;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Drift;
using GovNet.NetCode.Patch;
using GovNet.NetCode.Tests.Drift;
using GovNet.NetCode.Tests.Support;
using GovNet.NetCode.Tests.Verify;
using Xunit;

namespace GovNet.NetCode.Tests.Patch;

/// <summary>
/// The circle hier_config checks, on generated networks: a running config that drifted by any edit
/// of the soundness catalogues (bridges, statements the verifier must refuse, harmless edits), typed
/// with its patch, has the intended facts again; typed with the rollback after that, the running
/// facts. And a secret in a running config, in any of its dialect's syntaxes, never reaches a patch or
/// a rollback: only the placeholder does.
/// </summary>
public sealed class PatchCircleProperties
{
    private static IEnumerable<SoundnessEdit> Edits => SoundnessBridgeEdits.All.Concat(SoundnessStatementEdits.All).Concat(SoundnessHarmlessEdits.All);

    public static TheoryData<string> EditIds() => [.. Edits.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(EditIds))]
    public void A_patch_and_its_rollback_close_the_circle_for_every_drift_edit(string id)
    {
        var edit = Edits.Single(e => e.Id == id);
        var applied = 0;
        Prop.ForAll(Arb.From(Gen.Choose(0, 1 << 20)), seed =>
        {
            for (var index = 0; index < SoundnessNetworks.Count; index++)
            {
                var network = SoundnessNetworks.Get(index);
                if (edit.Apply(network, new Random(seed)) is not { } target)
                {
                    continue;
                }

                applied++;
                var dialect = DialectRegistry.Find(network.Vendor(target.Host))!;
                PatchHarness.AssertCircle(dialect, network.Texts[target.Host], target.Text.ToString(), PatchOf(dialect, network.Texts[target.Host], target.Text.ToString()));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2));
        Assert.True(applied > 0, $"{edit}: no network had a target");
    }

    /// <summary>
    /// Pairs of real configs from the shared corpus, read in place, both ways (skipped where the corpus
    /// is absent): pybatfish's reference and snapshot configs of one IOS router, netutils' backup and
    /// intended configs of one Comware switch (and its parser capture), one Comware PE router in two
    /// lab options, and two VRP core switches built as a pair.
    /// </summary>
    [CorpusTheory]
    [InlineData("cisco-ios", "batfish__pybatfish__drift-reference-as2border2.cfg", "batfish__pybatfish__drift-snapshot-as2border2.cfg")]
    [InlineData("cisco-ios", "batfish__pybatfish__drift-reference-as2core1.cfg", "batfish__pybatfish__drift-snapshot-as2core1.cfg")]
    [InlineData("cisco-ios", "batfish__pybatfish__drift-reference-as2dist1.cfg", "batfish__pybatfish__drift-snapshot-as2dist1.cfg")]
    [InlineData("cisco-ios", "batfish__pybatfish__drift-reference-as3border1.cfg", "batfish__pybatfish__drift-snapshot-as3border1.cfg")]
    [InlineData("h3c-comware", "networktocode__netutils__compliance-intended-CW7.cfg", "networktocode__netutils__compliance-backup-CW7.cfg")]
    [InlineData("h3c-comware", "networktocode__netutils__compliance-backup-CW7.cfg", "networktocode__netutils__parser-full-CW7.cfg")]
    [InlineData("h3c-comware", "ryanyoung1998__HCL_Project__option-a-PE1-CW7.1.075.cfg", "ryanyoung1998__HCL_Project__option-b-PE1-CW7.1.075.cfg")]
    [InlineData("h3c-comware", "ryanyoung1998__HCL_Project__option-a-ASBR1-CW7.1.075.cfg", "ryanyoung1998__HCL_Project__option-c-1-ASBR1-CW7.1.075.cfg")]
    [InlineData("h3c-comware", "ryanyoung1998__HCL_Project__option-c-1-PE1-CW7.1.075.cfg", "ryanyoung1998__HCL_Project__option-c-2-PE1-CW7.1.075.cfg")]
    [InlineData("huawei-vrp", "huangxuxiao__Medium-Sized-Enterprise-Network-Design__Core_SW1.cfg", "huangxuxiao__Medium-Sized-Enterprise-Network-Design__Core_SW2.cfg")]
    [InlineData("huawei-vrp", "maciejtoki__Huawei_ensp_project__CSW1-core-switch.cfg", "maciejtoki__Huawei_ensp_project__CSW2-core-switch.cfg")]
    public void Corpus_pairs_close_the_circle(string vendor, string intendedFile, string runningFile)
    {
        var dialect = DialectRegistry.Find(vendor)!;
        string Read(string file) => File.ReadAllText(Path.Combine(RealConfigs.Folder(vendor), file));
        var (intended, running) = (Read(intendedFile), Read(runningFile));
        var patch = PatchOf(dialect, intended, running);
        Assert.NotEmpty(patch.Patch);
        PatchHarness.AssertCircle(dialect, intended, running, patch);
        PatchHarness.AssertCircle(dialect, running, intended, PatchOf(dialect, running, intended));
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public FsCheck.Property A_secret_in_a_running_config_never_reaches_a_patch_or_rollback() =>
        Prop.ForAll(
            (from device in Gen.Elements(DriftHarness.OnePerDialect.ToArray())
             from syntax in Gen.Elements(SecretLeakProperties.Syntaxes[device.Dialect])
             from secret in Gen.ArrayOf(Gen.Elements("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".ToCharArray()), 14).Select(c => "Zq" + new string(c))
             select (device.Host, device.Dialect, Line: string.Format(System.Globalization.CultureInfo.InvariantCulture, syntax, secret), Secret: secret)).ToArbitrary(),
            c =>
            {
                var dialect = DialectRegistry.Find(c.Dialect)!;
                var intended = DriftHarness.Config(c.Host).Text;
                var patch = PatchOf(dialect, intended, DriftHarness.InsertBeforeEnd(intended, c.Line));
                // The rollback types the line back with a placeholder where the secret stood, for the operator to fill in.
                return (!patch.PatchText.Contains(c.Secret, StringComparison.Ordinal) && !patch.RollbackText.Contains(c.Secret, StringComparison.Ordinal) && patch.Patch.Length > 0 &&
                        patch.RollbackText.Contains(PatchText.SecretPlaceholder, StringComparison.Ordinal))
                    .Label(patch.PatchText + patch.RollbackText);
            });

    private static DevicePatch PatchOf(Dialect dialect, string intended, string running)
    {
        var want = PatchNode.Parse(dialect, intended, IgnorePatterns.None);
        var have = PatchNode.Parse(dialect, running, IgnorePatterns.None);
        var patch = SectionDiff.Steps(dialect, want, have);
        var rollback = SectionDiff.Steps(dialect, have, want);
        return new DevicePatch("X", dialect.Id, patch, rollback, PatchText.Render(dialect.PatchRules, "patch", patch), PatchText.Render(dialect.PatchRules, "rollback", rollback));
    }
}
