using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ProductOps.Templates;
using ProductOps.Updates;

namespace ProductOps.Tests.Updates;

/// <summary>
/// Every default template rendered from a sample model in every dialect, against the expected text
/// beside it in Fixtures/updates (<c>&lt;template&gt;.&lt;dialect&gt;.expected</c>). The samples carry
/// hostile titles, so the expected files also show what each channel makes of them.
/// A mismatch writes <c>&lt;template&gt;.&lt;dialect&gt;.received.expected</c> beside the golden and fails; to accept an
/// intended change, copy the .received file over the golden (<see cref="Infrastructure.Golden"/>).
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

        Infrastructure.Golden.AssertMatches(Path.Combine("updates", $"{template}.{dialect.ToString().ToLowerInvariant()}.expected"), text);
    }

    internal static Task<string> RenderAsync(string template, TextDialect dialect, bool mentions, ITemplateSource? source = null, UpdateRenderer? renderer = null)
    {
        var model = JsonDocument.Parse(File.ReadAllText(Fixture($"{template}.model.json"))).RootElement.Clone();
        var update = new UpdateMessage
        {
            Id = "sample", Template = template, Provider = "github", Container = "octo-org/app", ItemId = "42",
            Target = UpdateTarget.Item, Model = model,
        };
        renderer ??= new UpdateRenderer(new TemplateLibrary(source is null ? [] : [source], NullLogger<TemplateLibrary>.Instance), new UpdatesSettings());
        return renderer.RenderAsync(update, dialect, mentions, CancellationToken.None);
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "updates", name);
}
