using GovNet.NetCode.Model;

namespace GovNet.NetCode.Drift;

/// <summary>
/// Checks every card the devices saw on an access port, and every address they resolved, against the
/// host registry (001 第二十一、二十二条; 004 第十六条). A card seen in both planes (a laptop moved
/// between 内网 and 外网) is critical (P1) and only that is said about it. Otherwise, high: a card not
/// registered; a registered card on another port, or with another address; a registered address
/// with another card; more cards on a port than the one host registered there. Rows name the
/// registered 负责人 where there is one.
/// </summary>
public static class HostCensus
{
    private sealed record Sighting(MacAddress Mac, ObservedDevice Seen, string Port, int Line, bool Access);

    public static IEnumerable<ObservedDifference> Run(ModelIndex context, IReadOnlyList<ObservedDevice> observed)
    {
        var hosts = context.Model.Hosts;
        var byMac = hosts.Where(h => h.Mac is not null).GroupBy(h => h.Mac!.Value).ToDictionary(g => g.Key, g => g.First());
        var byAddress = hosts.GroupBy(h => h.Address.Value).ToDictionary(g => g.Key, g => g.First());
        var byPort = hosts.Where(h => h.PortParts is not null)
            .GroupBy(h => Key(h.PortParts!.Value.Device, h.PortParts!.Value.Interface), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var sightings = observed.OrderBy(o => o.Hostname, StringComparer.Ordinal).SelectMany(seen => seen.Facts.Macs.Select(m =>
        {
            var port = seen.Port(m.Port);
            var declared = context.Ports.GetValueOrDefault((seen.Hostname, port)).Interface;
            return new Sighting(m.Mac, seen, port, m.Line, declared is { Mode.Value: InterfaceMode.Access, Link: null });
        })).ToList();
        var resolved = observed.OrderBy(o => o.Hostname, StringComparer.Ordinal).SelectMany(seen => seen.Facts.Arp.Select(a => (Entry: a, Seen: seen))).ToList();

        // A card in both planes: the planes were joined by the card itself.
        var planes = sightings.Select(s => (s.Mac, s.Seen.Plane)).Concat(resolved.Select(r => (r.Entry.Mac, r.Seen.Plane)))
            .GroupBy(x => x.Mac).Where(g => g.Select(x => x.Plane).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var mac in planes.Order())
        {
            var registered = byMac.GetValueOrDefault(mac);
            var where = sightings.Where(s => s.Mac == mac).OrderByDescending(s => s.Access).ToList();
            var at = where.FirstOrDefault(s => registered is null || context.PlaneOfZone(registered.Zone.Value) != s.Seen.Plane) ?? where.FirstOrDefault();
            var list = string.Join(", ", sightings.Where(s => s.Mac == mac).Select(s => $"{s.Seen.Hostname}:{s.Port} ({s.Seen.Plane})")
                .Concat(resolved.Where(r => r.Entry.Mac == mac).Select(r => $"{r.Seen.Hostname} ARP {r.Entry.Address} ({r.Seen.Plane})")).Distinct());
            yield return new ObservedDifference(
                ObservedDifference.Hosts, "mac-in-both-planes", at?.Seen.Hostname ?? resolved.First(r => r.Entry.Mac == mac).Seen.Hostname, at?.Port ?? string.Empty,
                DriftRank.Critical, ObservedDriftText.Texts.Format("MacInBothPlanes", mac, list), registered is null ? null : ObservedDevice.Location(registered.Span), registered?.Owner,
                at is null ? resolved.First(r => r.Entry.Mac == mac).Seen.Evidence(resolved.First(r => r.Entry.Mac == mac).Entry.Line) : at.Seen.Evidence(at.Line))
            { Properties = ["P1"] };
        }

        var access = sightings.Where(s => s.Access && !planes.Contains(s.Mac)).DistinctBy(s => (s.Mac, Key(s.Seen.Hostname, s.Port))).ToList();
        var addressOf = resolved.Where(r => !planes.Contains(r.Entry.Mac)).GroupBy(r => r.Entry.Mac).ToDictionary(g => g.Key, g => g.First());

        // A port registered for one host with more cards on it: one row, naming the extra cards.
        var folded = new HashSet<(MacAddress, string)>();
        foreach (var port in access.GroupBy(s => Key(s.Seen.Hostname, s.Port), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (byPort.GetValueOrDefault(port.Key) is not [var only] || port.Count() < 2)
            {
                continue;
            }

            var extra = port.Where(s => s.Mac != only.Mac).ToList();
            extra.Where(s => !byMac.ContainsKey(s.Mac)).ToList().ForEach(s => folded.Add((s.Mac, port.Key)));
            var first = extra[0];
            yield return new ObservedDifference(
                ObservedDifference.Hosts, "extra-mac", first.Seen.Hostname, first.Port, DriftRank.High,
                ObservedDriftText.Texts.Format("ExtraMac", port.Count(), $"{first.Seen.Hostname}:{first.Port}", only.Address.Value, string.Join(", ", extra.Select(s => s.Mac))),
                ObservedDevice.Location(only.Span), only.Owner, first.Seen.Evidence(first.Line));
        }

        foreach (var sighting in access)
        {
            var portKey = Key(sighting.Seen.Hostname, sighting.Port);
            var where = $"{sighting.Seen.Hostname}:{sighting.Port}";
            var evidence = sighting.Seen.Evidence(sighting.Line);
            var address = addressOf.GetValueOrDefault(sighting.Mac).Entry?.Address;
            if (byMac.GetValueOrDefault(sighting.Mac) is not { } host)
            {
                if (folded.Contains((sighting.Mac, portKey)))
                {
                    continue;
                }

                var owners = byPort.GetValueOrDefault(portKey);
                yield return new ObservedDifference(
                    ObservedDifference.Hosts, "unregistered-host", sighting.Seen.Hostname, sighting.Port, DriftRank.High,
                    ObservedDriftText.Texts.Format("UnregisteredHost", sighting.Mac, address?.ToString() ?? "-", where),
                    owners is null ? null : ObservedDevice.Location(owners[0].Span), owners is null ? null : string.Join(", ", owners.Select(o => o.Owner).Distinct()), evidence);
                continue;
            }

            if (host.PortParts is var (device, port) && Key(device, port) != portKey)
            {
                yield return new ObservedDifference(
                    ObservedDifference.Hosts, "host-moved", sighting.Seen.Hostname, sighting.Port, DriftRank.High,
                    ObservedDriftText.Texts.Format("HostMoved", sighting.Mac, host.Address.Value, where, host.Port.Value),
                    ObservedDevice.Location(host.Span), host.Owner, evidence);
            }

            if (address is { } seenAddress && seenAddress != host.Address.Value)
            {
                yield return new ObservedDifference(
                    ObservedDifference.Hosts, "host-address-differs", sighting.Seen.Hostname, sighting.Port, DriftRank.High,
                    ObservedDriftText.Texts.Format("HostAddressDiffers", sighting.Mac, seenAddress, where, host.Address.Value),
                    ObservedDevice.Location(host.Span), host.Owner, evidence);
            }
        }

        // A registered address answered by another card (a card not seen on any access port is still named).
        foreach (var (entry, seen) in resolved.Where(r => !planes.Contains(r.Entry.Mac)).DistinctBy(r => (r.Entry.Address, r.Entry.Mac)))
        {
            if (byAddress.GetValueOrDefault(entry.Address) is { Mac: { } registered } host && registered != entry.Mac)
            {
                var at = access.FirstOrDefault(s => s.Mac == entry.Mac);
                yield return new ObservedDifference(
                    ObservedDifference.Hosts, "host-card-differs", at?.Seen.Hostname ?? seen.Hostname, at?.Port ?? seen.Port(entry.Interface), DriftRank.High,
                    ObservedDriftText.Texts.Format("HostCardDiffers", entry.Address, entry.Mac, registered),
                    ObservedDevice.Location(host.Span), host.Owner, seen.Evidence(entry.Line));
            }
        }
    }

    private static string Key(string device, string port) => $"{device.ToUpperInvariant()}:{port.ToUpperInvariant()}";
}
