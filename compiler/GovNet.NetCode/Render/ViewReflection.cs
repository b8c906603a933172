namespace GovNet.NetCode.Render;

/// <summary>
/// Why reading the view model by reflection is safe in a trimmed or native-compiled netcode: templates
/// name view members only at run time, so ILLink.Descriptors.xml keeps every type of
/// <c>GovNet.NetCode.Compile.View</c> whole, and the template code reflects only over those types and
/// the lists, texts and numbers they hold.
/// </summary>
internal static class ViewReflection
{
    public const string Kept = "Every view type (GovNet.NetCode.Compile.View) is kept whole by ILLink.Descriptors.xml.";
}
