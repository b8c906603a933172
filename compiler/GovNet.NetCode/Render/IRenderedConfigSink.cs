namespace GovNet.NetCode.Render;

/// <summary>
/// Takes each config's UTF-8 bytes as soon as it is rendered, on the thread that rendered it, so a build
/// can be written while the other devices still render instead of after them. It is handed every device
/// that renders, in no set order and from several threads at once, before the run knows whether a later
/// device fails: whatever it does with them must stay provisional until the run has succeeded. It reports
/// its own failures later rather than throwing, since a throw would end the rendering of every device.
/// </summary>
public interface IRenderedConfigSink
{
    void Take(string fileName, ReadOnlySpan<byte> utf8);
}
