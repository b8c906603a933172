using GovNet.NetCode.Diagnostics;
using GovNet.NetCode.Dialects;
using GovNet.NetCode.Model;

namespace GovNet.NetCode.Validate;

/// <summary>
/// Every physical port a device declares exists on its model (the dialect's hardware catalogue): a
/// port the hardware lacks would be refused by the device, or worse, typed onto a neighbour. A model
/// the catalogue does not know is a warning, since its unused ports then stay as they are.
/// </summary>
internal static class HardwareRules
{
    public static void Check(ModelIndex context, DiagnosticBag diagnostics)
    {
        foreach (var device in context.Model.Devices)
        {
            if (device.Model is null || DialectRegistry.Find(device.Vendor.Value) is not { } dialect)
            {
                continue;
            }

            var catalogue = dialect.Hardware;
            if (catalogue.Find(device.Model) is not { } model)
            {
                diagnostics.Warning(Codes.UnknownHardwareModel, device.ModelSpan ?? device.Hostname.Span,
                    Messages.Format("UnknownHardwareModel", device.Hostname, device.Model, dialect.Id, string.Join(", ", catalogue.ModelNames)));
                continue;
            }

            foreach (var port in device.Interfaces)
            {
                if (catalogue.IsPhysical(port.Name.Value) && !model.HasPort(port.Name.Value))
                {
                    diagnostics.Error(Codes.PortNotOnModel, port.Name.Span,
                        Messages.Format("PortNotOnModel", device.Hostname, model.Name, port.Name, model.Summary()));
                }
            }
        }
    }
}
