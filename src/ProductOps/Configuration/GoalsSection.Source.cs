using ProductOps.Outcomes;

namespace ProductOps.Configuration;

/// <summary><c>kpi.source</c>: the HTTPS JSON endpoint a KPI is read from on a schedule, and the JSON pointer to its value.</summary>
internal static partial class GoalsSection
{
    private const string SourceExpected = "`source` with `url` (an https address; http only for localhost) and `pointer` (a JSON pointer such as `/data/activation`)";

    private static bool SourceOf(YamlNode node, ConfigReader reader, string path, out KpiSource? source)
    {
        source = null;
        if (reader.Map(node, path) is not { } map)
        {
            return false;
        }
        Uri? url = null;
        string? pointer = null;
        var valid = true;
        reader.Keys(map, path,
            ("url", (n, p) =>
            {
                if (!reader.Text(n, p, 2000, out var text))
                {
                    valid = false;
                }
                else if (KpiSource.Allowed(text) is { } allowed)
                {
                    url = allowed;
                }
                else
                {
                    reader.Error(n, $"{ConfigReader.Code(p)} is {ConfigReader.Code(text)}, which is not an https address.", SourceExpected);
                    valid = false;
                }
            }),
            ("pointer", (n, p) =>
            {
                if (!reader.Text(n, p, 500, out var text))
                {
                    valid = false;
                }
                else if (text.Length > 0 && text[0] != '/')
                {
                    reader.Error(n, $"{ConfigReader.Code(p)} is {ConfigReader.Code(text)}, which does not start with `/`.", SourceExpected);
                    valid = false;
                }
                else
                {
                    pointer = text;
                }
            }));
        if (valid && (url is null || pointer is null))
        {
            reader.Error(map, $"{ConfigReader.Code(path)} has no {(url is null ? "`url`" : "`pointer`")}.", SourceExpected);
            valid = false;
        }
        source = valid ? new KpiSource(url!, pointer!) : null;
        return valid;
    }
}
