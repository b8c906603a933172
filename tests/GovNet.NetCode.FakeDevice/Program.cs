using System.Globalization;
using System.Runtime.InteropServices;
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
var terminal = Terminal.MakeRaw();

// The descriptors themselves, not Console's streams: on a terminal Console reads through its own
// line editor, which sets the terminal up its way and echoes what is typed a second time.
using var output = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1);
using var input = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(0, ownsHandle: false), FileAccess.Read, 1);
var session = new Session(spec, cli, input, output, terminal);
return session.Run();

namespace GovNet.NetCode.FakeDevice
{
    /// <summary>One CLI session: prompt, read a command, answer, until quit or the end of input.</summary>
    /// <summary>
    /// On a pseudo-terminal a switch's CLI owns the line: it reads every key as typed (a pager
    /// answers to one key), echoes what it accepts and ends lines with CR LF itself. The kernel's
    /// line discipline would instead hold keys until Enter, echo on its own and translate line
    /// ends, so the fake device switches it to raw mode and does those things as a device does.
    /// </summary>
    internal static partial class Terminal
    {
        /// <summary>
        /// Raw mode on standard input when it is a terminal. Set here rather than by running stty:
        /// .NET puts back the terminal settings it started with whenever a child process exits.
        /// </summary>
        public static bool MakeRaw()
        {
            if (isatty(0) != 1)
            {
                return false;
            }

            // struct termios is 60 bytes on Linux; the buffer leaves room for any libc's.
            var settings = new byte[256];
            if (tcgetattr(0, settings) != 0)
            {
                return false;
            }

            cfmakeraw(settings);
            return tcsetattr(0, 0, settings) == 0;
        }

        [LibraryImport("libc")]
        private static partial int isatty(int fd);

        [LibraryImport("libc")]
        private static partial int tcgetattr(int fd, [Out] byte[] settings);

        [LibraryImport("libc")]
        private static partial void cfmakeraw([In, Out] byte[] settings);

        [LibraryImport("libc")]
        private static partial int tcsetattr(int fd, int when, [In] byte[] settings);
    }

    internal sealed class Session(DeviceSpec spec, DialectCli cli, Stream input, Stream output, bool terminal)
    {
        private const int PageLines = 24;
        private bool afterCarriageReturn;
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
                else if (spec.Observed is { } observed && ObservedOutput.Render(spec.Dialect, command, observed) is { } table)
                {
                    Write(table);
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
            for (var i = 0; i < count || spec.Endless; i++)
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

                var bytes = Encoding.UTF8.GetBytes(lines[i % count] + (terminal ? "\r\n" : "\n"));
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

        /// <summary>A line as typed: echoed back on a terminal; Enter is CR, LF or CR LF.</summary>

        private string? ReadLine()
        {
            var bytes = new List<byte>();
            while (true)
            {
                var b = input.ReadByte();
                if (b == '\n' && afterCarriageReturn)
                {
                    afterCarriageReturn = false;
                    continue;
                }

                afterCarriageReturn = b == '\r';
                if (b < 0)
                {
                    return bytes.Count == 0 ? null : Encoding.UTF8.GetString([.. bytes]);
                }

                if (b is '\n' or '\r')
                {
                    if (terminal)
                    {
                        Write("\n");
                    }

                    return Encoding.UTF8.GetString([.. bytes]);
                }

                bytes.Add((byte)b);
                if (terminal)
                {
                    output.WriteByte((byte)b);
                    output.Flush();
                }
            }
        }

        private void Write(string text)
        {
            output.Write(Encoding.UTF8.GetBytes(terminal ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text));
            output.Flush();
        }
    }
}
