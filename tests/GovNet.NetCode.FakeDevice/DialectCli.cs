namespace GovNet.NetCode.FakeDevice;

/// <summary>How each dialect's CLI looks to a client: prompt, banner, commands, pager and error reply.</summary>
public sealed record DialectCli(
    string Banner,
    string PromptFormat,
    string DisablePaging,
    string Show,
    string[] QuitWords,
    string MoreMarker,
    string MoreErase,
    string ErrorReply)
{
    public string Prompt(string hostname) => string.Format(System.Globalization.CultureInfo.InvariantCulture, PromptFormat, hostname);

    private const string AnsiBack = "\u001b[42D";

    public static DialectCli For(string dialect) => dialect switch
    {
        "huawei-vrp" => new(
            "\nInfo: The max number of VTY users is 5, and the number\n      of current VTY users on line is 1.\n      The current login time is 2026-11-24 08:00:00.\n",
            "<{0}>",
            "screen-length 0 temporary",
            "display current-configuration",
            ["quit"],
            "  ---- More ----",
            AnsiBack + new string(' ', 42) + AnsiBack,
            "Error: Unrecognized command found at '^' position.\n"),
        "h3c-comware" => new(
            "\n******************************************************************************\n* Copyright (c) 2004-2026 New H3C Technologies Co., Ltd. All rights reserved.*\n* Without the owner's prior written consent,                                 *\n* no decompiling or reverse-engineering shall be allowed.                    *\n******************************************************************************\n\n",
            "<{0}>",
            "screen-length disable",
            "display current-configuration",
            ["quit"],
            "  ---- More ----",
            AnsiBack + new string(' ', 42) + AnsiBack,
            "                ^\n % Unrecognized command found at '^' position.\n"),
        "cisco-ios" => new(
            "\n",
            "{0}#",
            "terminal length 0",
            "show running-config",
            ["exit", "logout"],
            " --More-- ",
            new string('\b', 10) + new string(' ', 10) + new string('\b', 10),
            "                ^\n% Invalid input detected at '^' marker.\n"),
        _ => throw new ArgumentException($"unknown dialect {dialect}", nameof(dialect)),
    };
}
