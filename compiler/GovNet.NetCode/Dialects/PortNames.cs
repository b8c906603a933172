namespace GovNet.NetCode.Dialects;

/// <summary>Short port names for descriptions, as engineers write them (GE0/0/1, XGE1/0/1, Te1/1/1).</summary>
public static class PortNames
{
    private static readonly (string Long, string Short)[] Abbreviations =
    [
        ("Ten-GigabitEthernet", "XGE"),
        ("XGigabitEthernet", "XGE"),
        ("TenGigabitEthernet", "Te"),
        ("TwentyFiveGigE", "Twe"),
        ("Twenty-FiveGigE", "WGE"),
        ("FortyGigabitEthernet", "Fo"),
        ("FortyGigE", "FGE"),
        ("HundredGigE", "HGE"),
        ("GigabitEthernet", "GE"),
        ("FastEthernet", "Fa"),
        ("Bridge-Aggregation", "BAGG"),
        ("Route-Aggregation", "RAGG"),
        ("Port-channel", "Po"),
        ("Ethernet", "Eth"),
    ];

    public static string Shorten(string name)
    {
        foreach (var (longName, shortName) in Abbreviations)
        {
            if (name.StartsWith(longName, StringComparison.Ordinal))
            {
                return shortName + name[longName.Length..];
            }
        }

        return name;
    }
}
