using ProductOps.Configuration;
using ProductOps.Outcomes;

namespace ProductOps.Tests.Outcomes;

/// <summary><c>kpi.source</c> in the config: https anywhere, plain http only on loopback, a pointer that starts with "/".</summary>
public sealed class KpiSourceConfigTests
{
    [Theory]
    [InlineData("https://metrics.example.com/kpi.json", true)]
    [InlineData("http://127.0.0.1:8080/kpi", true)]
    [InlineData("http://localhost/kpi", true)]
    [InlineData("http://metrics.example.com/kpi.json", false)]
    [InlineData("https://user:pass@metrics.example.com/kpi", false)]
    [InlineData("ftp://metrics.example.com/kpi", false)]
    public void Only_https_or_loopback_http_addresses_are_accepted(string url, bool allowed) =>
        Assert.Equal(allowed, KpiSource.Allowed(url) is not null);

    [Fact]
    public void A_source_is_read_into_the_goals_kpi()
    {
        var config = Load("https://metrics.example.com/kpi.json", "/data/rate");

        Assert.Empty(config.Errors);
        Assert.Equal(new KpiSource(new Uri("https://metrics.example.com/kpi.json"), "/data/rate"), config.Config!.Outcomes.Goals[0].Kpi.Source);
    }

    [Theory]
    [InlineData("http://metrics.example.com/kpi.json", "/v", "not an https address")]
    [InlineData("https://metrics.example.com/kpi.json", "data/rate", "does not start with `/`")]
    public void A_bad_source_is_reported_with_what_is_expected(string url, string pointer, string message)
    {
        var config = Load(url, pointer);

        Assert.Contains(config.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"a":{"b":[1,2.5]}}""", "/a/b/1", 2.5)]
    [InlineData("""{"a/b":{"m~n":7}}""", "/a~1b/m~0n", 7.0)]
    [InlineData("42", "", 42.0)]
    public void A_json_pointer_finds_the_number(string json, string pointer, double expected) =>
        Assert.Equal(expected, KpiEndpoint.At(System.Text.Json.Nodes.JsonNode.Parse(json), pointer).Value);

    private static ConfigLoadResult Load(string url, string pointer) => ConfigLoader.Load(new ConfigSource("config.yml", $$"""
        goals:
          - id: activation
            title: Activation
            kpi: { name: Week-1 activation, unit: "%", source: { url: "{{url}}", pointer: "{{pointer}}" } }
            baseline: 30
            target: { value: 45, by: 2027-06-30 }
        """));
}
