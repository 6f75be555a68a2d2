namespace EventToLabel;

/// <summary>
/// Command line: <c>--count 300 --rate 20 [--mutation-interval 00:00:00] [--set Key=Value]...</c>.
/// Without --mutation-interval the app's default applies (GitHub:MutationInterval, 1 s).
/// </summary>
internal sealed record Options(int Count, double Rate, string? MutationInterval, IReadOnlyDictionary<string, string?> Extra)
{
    public static Options Parse(string[] args)
    {
        int count = 300;
        double rate = 20;
        string? interval = null;
        var extra = new Dictionary<string, string?>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--count": count = int.Parse(args[i + 1]); break;
                case "--rate": rate = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--mutation-interval": interval = args[i + 1]; break;
                case "--set":
                    var pair = args[i + 1].Split('=', 2);
                    extra[pair[0]] = pair.Length == 2 ? pair[1] : null;
                    break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }
        return new Options(count, rate, interval, extra);
    }
}
