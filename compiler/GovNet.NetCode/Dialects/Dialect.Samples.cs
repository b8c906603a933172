namespace GovNet.NetCode.Dialects;

/// <summary>
/// What tests build and write in a dialect besides its compiled configs: the switches of generated
/// networks and the spellings of red-team edits. The tool itself never reads these; they are members
/// here so that a new dialect is in every generated network and every edit the moment it is registered.
/// </summary>
public abstract partial class Dialect
{
    /// <summary>The switches generated networks build of this dialect.</summary>
    public abstract SampleSwitches SampleSwitches { get; }

    /// <summary>Config lines as this dialect writes them, for edits tests make to its compiled configs.</summary>
    public abstract EditSpellings Edits { get; }
}
