using System.Globalization;
using System.Text;
using GovNet.NetCode.FakeDevice;

// Usage (as sshd's ForceCommand): dotnet GovNet.NetCode.FakeDevice.dll FLEET_FOLDER
// The device is chosen by the server port in SSH_CONNECTION ("client_ip client_port server_ip server_port").
var connection = Environment.GetEnvironmentVariable("SSH_CONNECTION")?.Split(' ');
if (args.Length != 1 || connection is not { Length: 4 } || !int.TryParse(connection[3], CultureInfo.InvariantCulture, out var port))
{
    Console.Error.WriteLine("fake device: run me as sshd's ForceCommand with the fleet folder as argument");
    return 2;
}

var spec = DeviceSpec.Load(args[0], port);
var cli = DialectCli.For(spec.Dialect);
using var output = Console.OpenStandardOutput();
using var input = Console.OpenStandardInput();
var session = new Session(spec, cli, input, output);
return session.Run();

namespace GovNet.NetCode.FakeDevice
{
    /// <summary>One CLI session: prompt, read a command, answer, until quit or the end of input.</summary>
    internal sealed class Session(DeviceSpec spec, DialectCli cli, Stream input, Stream output)
    {
        private const int PageLines = 24;
        private bool paging = true;
        private int configBytes;

        public int Run()
        {
            Write(cli.Banner);
            if (spec.Hang)
            {
                // Swallow input until the client gives up and the channel closes.
                var sink = new byte[4096];
                while (input.Read(sink) > 0)
                {
                }

                return 0;
            }

            while (true)
            {
                Write(cli.Prompt(spec.Hostname));
                var line = ReadLine();
                if (line is null)
                {
                    return 0;
                }

                var command = line.Trim();
                if (command.Length == 0)
                {
                    continue;
                }

                if (cli.QuitWords.Contains(command))
                {
                    return 0;
                }

                if (command == cli.DisablePaging && !spec.PagingStuck)
                {
                    paging = false;
                    Write("\n");
                }
                else if (command == cli.Show && !spec.ShowFails)
                {
                    if (!ServeConfig())
                    {
                        return 0;
                    }
                }
                else
                {
                    Write(cli.ErrorReply);
                }
            }
        }

        /// <summary>False when the session ends inside the config (a dropped connection, or the user quit the pager).</summary>
        private bool ServeConfig()
        {
            Thread.Sleep(spec.ReplyDelayMilliseconds);
            var lines = File.ReadAllText(spec.ConfigFile).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
            for (var i = 0; i < count; i++)
            {
                if (spec.SlowMilliseconds > 0)
                {
                    Thread.Sleep(spec.SlowMilliseconds);
                }

                if (paging && i > 0 && i % PageLines == 0)
                {
                    Write(cli.MoreMarker);
                    var key = input.ReadByte();
                    if (key is < 0 or 'q' or 'Q')
                    {
                        return key >= 0;
                    }

                    Write(cli.MoreErase);
                }

                var bytes = Encoding.UTF8.GetBytes(lines[i] + "\n");
                if (spec.DisconnectAfterBytes > 0 && configBytes + bytes.Length > spec.DisconnectAfterBytes)
                {
                    output.Write(bytes, 0, spec.DisconnectAfterBytes - configBytes);
                    output.Flush();
                    Environment.Exit(0);
                }

                configBytes += bytes.Length;
                output.Write(bytes);
            }

            Write("\n");
            return true;
        }

        private string? ReadLine()
        {
            var bytes = new List<byte>();
            while (true)
            {
                var b = input.ReadByte();
                if (b < 0)
                {
                    return bytes.Count == 0 ? null : Encoding.UTF8.GetString([.. bytes]);
                }

                if (b == '\n')
                {
                    return Encoding.UTF8.GetString([.. bytes]).TrimEnd('\r');
                }

                bytes.Add((byte)b);
            }
        }

        private void Write(string text)
        {
            output.Write(Encoding.UTF8.GetBytes(text));
            output.Flush();
        }
    }
}
