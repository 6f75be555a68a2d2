using ProductOps.Events;
using ProductOps.Roadmap;
using ProductOps.Scoring;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Roadmap;

/// <summary>The grouping of a project roadmap (docs/projects.md) as a pure function over index rows and field values.</summary>
public sealed class RoadmapGroupsTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData(BoardFieldKind.Iteration, "Sprint 1|Sprint 2|Sprint 3|No Iteration")]
    [InlineData(BoardFieldKind.SingleSelect, "Q1|Q3|Q9|No Quarter")]
    [InlineData(BoardFieldKind.Date, "November 2026|December 2026|January 2027|No Due")]
    public void Groups_follow_the_fields_order_and_items_without_a_value_come_last(BoardFieldKind kind, string expected)
    {
        var (field, values) = kind switch
        {
            BoardFieldKind.Iteration => (new RoadmapGroupField("Iteration", kind, []), new[]
            {
                new RoadmapGroupValue("Sprint 3", Today.AddDays(10), 14), new RoadmapGroupValue("Sprint 1", Today.AddDays(-30), 14),
                new RoadmapGroupValue("Sprint 2", Today.AddDays(-4), 14), new RoadmapGroupValue("Sprint 3", Today.AddDays(10), 14),
            }),
            // Q9 was an option once (since renamed): after the field's options.
            BoardFieldKind.SingleSelect => (new RoadmapGroupField("Quarter", kind, ["Q1", "Q2", "Q3", "Q4"]), new[]
            {
                new RoadmapGroupValue("Q9"), new RoadmapGroupValue("Q3"), new RoadmapGroupValue("Q1"), new RoadmapGroupValue("Q3"),
            }),
            _ => (new RoadmapGroupField("Due", kind, []), new[]
            {
                new RoadmapGroupValue("2027-01-02", new DateOnly(2027, 1, 2)), new RoadmapGroupValue("2026-12-31", new DateOnly(2026, 12, 31)),
                new RoadmapGroupValue("2026-11-03", new DateOnly(2026, 11, 3)), new RoadmapGroupValue("2026-12-01", new DateOnly(2026, 12, 1)),
            }),
        };

        var page = Build(field, values);

        Assert.Equal(expected.Split('|'), page.Grouping!.Groups.Select(g => g.Name));
        Assert.Equal(5, page.Grouping.Groups.Sum(g => g.Items.Count));
    }

    [Fact]
    public void An_ended_iteration_is_done_and_the_one_holding_today_is_current()
    {
        var page = Build(new RoadmapGroupField("Iteration", BoardFieldKind.Iteration, []),
        [
            new RoadmapGroupValue("Ended yesterday", Today.AddDays(-14), 14),
            new RoadmapGroupValue("Ends today", Today.AddDays(-13), 14),
            new RoadmapGroupValue("Starts tomorrow", Today.AddDays(1), 7),
        ]);

        var groups = page.Grouping!.Groups;
        Assert.Equal((true, false, "17 Nov – 30 Nov 2026"), (groups[0].Done, groups[0].Current, groups[0].Dates));
        Assert.Equal((false, true, "18 Nov – 1 Dec 2026"), (groups[1].Done, groups[1].Current, groups[1].Dates));
        Assert.Equal((false, false, "2 Dec – 8 Dec 2026"), (groups[2].Done, groups[2].Current, groups[2].Dates));
    }

    [Fact]
    public void Within_a_group_items_are_best_first_and_name_their_repository()
    {
        var page = Build(new RoadmapGroupField("Quarter", BoardFieldKind.SingleSelect, ["Q1"]),
            [new RoadmapGroupValue("Q1"), new RoadmapGroupValue("Q1")], scores: [5, 50]);

        Assert.Equal(["octo/api#2", "octo/app#1"], page.Grouping!.Groups[0].Items.Select(i => i.Id));
        Assert.Equal("octo/api", page.Grouping.Groups[0].Items[0].Repository);
    }

    /// <summary>One open item per value, in two repositories, plus one item without a value.</summary>
    private static RoadmapPage Build(RoadmapGroupField field, IReadOnlyList<RoadmapGroupValue> values, double[]? scores = null)
    {
        var records = values.Select((_, i) => Record(i + 1, scores?[i]))
            .Append(Record(values.Count + 1, null)).ToList();
        var byKey = values.Select((v, i) => (records[i].Key, v)).ToDictionary(p => p.Key, p => p.v);
        return RoadmapBuilder.Build(records, RoadmapConfig.Defaults, "octo project 1", null,
            new RoadmapProjectView(field, byKey, new HashSet<ItemKey>(), Today));
    }

    private static ItemRecord Record(int number, double? score) => ItemRecord.New(new ItemKey(Providers.GitHub, number % 2 == 0 ? "octo/api" : "octo/app", number.ToString(System.Globalization.CultureInfo.InvariantCulture))) with
    {
        Title = "Item " + number,
        State = ItemState.Open,
        Score = score is { } s ? new ScoreSnapshot(s, new Dictionary<string, double>()) : null,
    };
}
