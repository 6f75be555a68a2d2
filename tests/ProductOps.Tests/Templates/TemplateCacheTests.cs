using ProductOps.Templates;

namespace ProductOps.Tests.Templates;

/// <summary>One cache of parsed templates, keyed by where a text came from and its hash, and bounded.</summary>
public sealed class TemplateCacheTests
{
    [Fact]
    public void An_unchanged_text_is_parsed_once_and_an_edited_one_again()
    {
        var name = $"cache-{Guid.NewGuid():N}:roadmap.md.scriban";

        var first = TemplateCache.Parse(name, "# {{ title }}");
        var again = TemplateCache.Parse(name, "# {{ title }}");
        var edited = TemplateCache.Parse(name, "## {{ title }}");

        Assert.Same(first, again);
        Assert.NotSame(first, edited);
        Assert.NotNull(edited.Template);
    }

    [Fact]
    public void The_oldest_entries_are_evicted_beyond_the_capacity()
    {
        var name = $"cache-{Guid.NewGuid():N}";
        var oldest = TemplateCache.Parse(name, "first");

        for (var i = 0; i < TemplateCache.Capacity + 10; i++)
        {
            TemplateCache.Parse(name, $"text {i}");
        }

        Assert.NotSame(oldest, TemplateCache.Parse(name, "first"));
    }

    [Fact]
    public void Every_default_template_parses()
    {
        Assert.Equal(["digest", "gate-failed", "gate-passed", "phase-changed", "roadmap-changed", "roadmap.html", "roadmap.md"], BuiltInTemplates.Names.Order());
        Assert.All(BuiltInTemplates.Names, name => Assert.Equal($"templates/{name}.scriban", BuiltInTemplates.Get(name).Name));
    }
}
