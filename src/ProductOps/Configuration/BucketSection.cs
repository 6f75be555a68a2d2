using ProductOps.Scoring;

namespace ProductOps.Configuration;

/// <summary>
/// The schema of <c>scoring.&lt;model&gt;.buckets</c>: 1 to 10 maps of <c>label</c>, <c>min</c> and an optional
/// <c>name</c>, highest priority first, minimums strictly decreasing, labels distinct.
/// </summary>
internal static class BucketSection
{
    private const int MaxBuckets = 10;

    public static IReadOnlyList<PriorityBucket>? Read(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.List(node, keyPath) is not { } list)
        {
            return null;
        }

        if (list.Items.Count is 0 or > MaxBuckets)
        {
            reader.Error(list, $"{ConfigReader.Code(keyPath)} has {list.Items.Count} buckets.", $"1 to {MaxBuckets} buckets");
            return null;
        }

        var buckets = new List<PriorityBucket>();
        var valid = true;
        for (var index = 0; index < list.Items.Count; index++)
        {
            var path = $"{keyPath}[{index}]";
            if (reader.Map(list.Items[index], path) is not { } map)
            {
                valid = false;
                continue;
            }

            string? name = null, label = null;
            double? min = null;
            YamlNode? labelNode = null, minNode = null;
            reader.Keys(map, path,
                ("name", (n, p) => { if (reader.Text(n, p, 50, out var text)) name = text; else valid = false; }),
                ("label", (n, p) => { if (reader.Text(n, p, 50, out var text)) (label, labelNode) = (text, n); else valid = false; }),
                ("min", (n, p) =>
                {
                    if (reader.Number(n, p, 0, 1e15, wholeNumber: false, "a score from 0 to 1e15", out var value)) (min, minNode) = (value, n);
                    else valid = false;
                }));

            var absent = new[] { "label", "min" }.Where(k => map.Entries.All(e => e.Key.Value != k)).Select(k => $"`{k}`").ToList();
            if (absent.Count > 0)
            {
                reader.Error(map, $"{ConfigReader.Code(path)} has no {string.Join(" and no ", absent)}.", "a `label` and a `min` score, and optionally a `name`");
            }

            if (label is null || min is null)
            {
                valid = false;
                continue;
            }

            if (buckets.Count > 0 && min >= buckets[^1].Min)
            {
                reader.Error(minNode!, $"{ConfigReader.Code(path + ".min")} is {Numbers.Format(min.Value)}, not below the bucket before it ({Numbers.Format(buckets[^1].Min)}).",
                    "minimum scores in strictly decreasing order, highest priority first");
                valid = false;
            }

            if (buckets.Any(b => string.Equals(b.Label, label, StringComparison.OrdinalIgnoreCase)))
            {
                reader.Error(labelNode!, $"{ConfigReader.Code(path + ".label")} repeats the label {ConfigReader.Code(label)}.", "a different label for each bucket");
                valid = false;
            }

            var colon = label.LastIndexOf(':');
            buckets.Add(new PriorityBucket(name ?? (colon >= 0 && colon < label.Length - 1 ? label[(colon + 1)..] : label), label, min.Value));
        }

        return valid ? buckets : null;
    }
}
