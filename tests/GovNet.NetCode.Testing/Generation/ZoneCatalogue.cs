namespace GovNet.NetCode.Testing.Generation;

/// <summary>A shared service the information centre runs in a zone: host offset inside the centre's segment and ports as written.</summary>
internal sealed record ServiceTemplate(string Name, string Title, int Host, string[] Ports);

/// <summary>A zone the generator can declare, with the services the centre runs there.</summary>
internal sealed record ZoneTemplate(string Name, string Title, ServiceTemplate[] Services);

/// <summary>
/// The zones of 国家电子政务外网/内网 practice, in the order a spec's zone counts take them: a spec
/// with two external zones gets public and dedicated. Service host offsets stay clear of both
/// gateway conventions (first host, .254).
/// </summary>
internal static class ZoneCatalogue
{
    public static readonly ZoneTemplate InternetAccess = new("internet-access", "互联网接入区",
    [
        new("portal", "门户网站", 80, ["tcp/80", "tcp/443"]),
    ]);

    public static readonly ZoneTemplate[] External =
    [
        new("public", "公用网络区",
        [
            new("oa", "协同办公系统", 10, ["tcp/443"]),
            new("mail", "政务邮件系统", 25, ["tcp/25", "tcp/465", "tcp/993"]),
            new("dns", "政务外网域名解析", 53, ["udp/53", "tcp/53"]),
            new("antivirus", "终端防病毒管理平台", 60, ["tcp/443", "tcp/8443"]),
        ]),
        new("dedicated", "专用网络区",
        [
            new("doc-exchange", "公文交换系统", 20, ["tcp/443"]),
            new("video-conf", "视频会议系统", 30, ["tcp/443", "tcp/1720", "udp/10000-20000"]),
        ]),
        new("video", "视频监控区", [new("video-platform", "视频监控联网平台", 40, ["tcp/443", "tcp/5060"])]),
        new("emergency", "应急指挥区", [new("emergency-command", "应急指挥调度平台", 10, ["tcp/443"])]),
        new("iot", "物联感知区", [new("iot-platform", "物联网感知平台", 10, ["tcp/443", "tcp/8883"])]),
    ];

    public static readonly ZoneTemplate[] Internal =
    [
        new("office", "内网办公区",
        [
            new("int-oa", "内网协同办公系统", 10, ["tcp/443"]),
            new("int-doc-exchange", "内网公文传输系统", 20, ["tcp/443"]),
            new("int-antivirus", "内网终端防病毒管理平台", 60, ["tcp/8443"]),
        ]),
        new("business", "内网业务区", [new("int-business", "内网业务应用平台", 10, ["tcp/443"])]),
        new("security", "内网安全管理区", [new("int-audit", "内网安全审计平台", 10, ["tcp/443", "udp/514"])]),
    ];
}
