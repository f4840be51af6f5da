using System.Globalization;
using System.Text;

namespace LeadershipPortal.IntegrationTests.Security;

/// <summary>The hostile values of <c>hostile-input.txt</c>, decoded (see the file's header for its notation).</summary>
public static class HostileCorpus
{
    public static IReadOnlyList<string> Values { get; } = Load();

    /// <summary>Fragments whose raw (unencoded) presence in a page means injected markup would run.</summary>
    public static readonly string[] RawMarkers = ["<script>alert(", "<svg onload=", "<img src=x onerror=", "\" onfocus=\"alert(", "\" onmouseover=\"alert(", "<iframe src=\"javascript:"];

    private static List<string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Security", "hostile-input.txt");
        var values = new List<string>();
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line == "@empty")
            {
                values.Add(string.Empty);
            }
            else if (line.StartsWith("@repeat ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', 3);
                var text = Unescape(parts[2]);
                values.Add(new StringBuilder().Insert(0, text, int.Parse(parts[1], CultureInfo.InvariantCulture)).ToString());
            }
            else
            {
                values.Add(Unescape(line));
            }
        }

        return values;
    }

    private static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case '\\': result.Append('\\'); break;
                case 'u':
                    result.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U':
                    result.Append(char.ConvertFromUtf32(int.Parse(text.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                default: result.Append('\\').Append(next); break;
            }
        }

        return result.ToString();
    }
}
