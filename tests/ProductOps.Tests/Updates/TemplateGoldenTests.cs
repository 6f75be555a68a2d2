using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ProductOps.Updates;

namespace ProductOps.Tests.Updates;

/// <summary>
/// Every default template rendered from a sample model in every dialect, against the expected text
/// beside it in Fixtures/updates (<c>&lt;template&gt;.&lt;dialect&gt;.expected</c>). The samples carry
/// hostile titles, so the expected files also show what each channel makes of them.
/// Set <c>UPDATE_GOLDEN=1</c> to rewrite the expected files after an intended change, then review the diff.
/// </summary>
public sealed class TemplateGoldenTests
{
    public static TheoryData<string, TextDialect> Cases()
    {
        var data = new TheoryData<string, TextDialect>();
        foreach (var template in UpdateTemplates.All)
        {
            foreach (var dialect in Enum.GetValues<TextDialect>())
            {
                data.Add(template, dialect);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_default_template_renders_its_sample_as_expected(string template, TextDialect dialect)
    {
        var text = await RenderAsync(template, dialect, mentions: false);

        var expected = Fixture($"{template}.{dialect.ToString().ToLowerInvariant()}.expected");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), $"{template}.{dialect.ToString().ToLowerInvariant()}.expected"), text);
            return;
        }
        Assert.Equal(File.ReadAllText(expected), text);
    }

    internal static Task<string> RenderAsync(string template, TextDialect dialect, bool mentions, IUpdateTemplateSource? source = null, UpdateRenderer? renderer = null)
    {
        var model = JsonDocument.Parse(File.ReadAllText(Fixture($"{template}.model.json"))).RootElement.Clone();
        var update = new UpdateMessage
        {
            Id = "sample", Template = template, Provider = "github", Container = "octo-org/app", ItemId = "42",
            Target = UpdateTarget.Item, Model = model,
        };
        renderer ??= new UpdateRenderer(source is null ? [] : [source], new UpdatesSettings(), NullLogger<UpdateRenderer>.Instance);
        return renderer.RenderAsync(update, dialect, mentions, CancellationToken.None);
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "updates", name);

    private static string SourceFolder() => Infrastructure.RepositoryRoot.Combine("tests", "ProductOps.Tests", "Fixtures", "updates");
}
