using ProductOps.Configuration;
using ProductOps.Processing;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Processing;

/// <summary>
/// Reporting a broken configuration as a plan: the read only says what is wrong, and the processor plans
/// the "Product Ops configuration" issue's write once, again only when the report changes, and its close.
/// The end-to-end tests (RepositoryConfigTests, LastGoodConfigurationTests) check that GitHub receives it.
/// </summary>
public sealed class ConfigReportPlanTests
{
    private const string Repo = "octo/app";
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly ConfigReading Broken = Read("scoring:\n  model: nope\n", "b1");
    private static readonly ConfigReading Fixed = Read("scoring:\n  model: wsjf\n", "f1");

    [Fact]
    public void A_broken_configuration_plans_one_report_ahead_of_the_items_writes()
    {
        Assert.False(Broken.Report.IsEmpty);

        var plan = PlanItem(Broken, known: null);

        var report = Assert.IsType<ConfigReportWrite>(plan.Writes[0]);
        Assert.Same(Broken.Report, report.Report);
        Assert.Single(plan.Writes.OfType<ConfigReportWrite>());
        Assert.StartsWith("report the configuration of octo/app: 1 error(s), 0 refused target(s)", plan.Describe().First());
    }

    [Fact]
    public void An_unchanged_report_plans_nothing()
    {
        var reported = ConfigReportPlanner.Plan(Repo, Broken, known: null)!;
        var readAgain = Read("scoring:\n  model: nope\n", "b1");

        Assert.Null(ConfigReportPlanner.Plan(Repo, readAgain, reported));
        Assert.Empty(PlanItem(readAgain, reported).Writes.OfType<ConfigReportWrite>());
    }

    [Fact]
    public void A_report_that_says_something_else_plans_one_edit()
    {
        var reported = ConfigReportPlanner.Plan(Repo, Broken, known: null)!;
        var worse = Read("scoring:\n  model: nope\nnot-a-key: 1\n", "b2");

        var edit = ConfigReportPlanner.Plan(Repo, worse, reported);

        Assert.Equal(2, edit!.Report.Errors.Count);
    }

    [Fact]
    public void A_fixed_configuration_plans_the_close_and_then_nothing()
    {
        var reported = ConfigReportPlanner.Plan(Repo, Broken, known: null)!;

        var close = ConfigReportPlanner.Plan(Repo, Fixed, reported);

        Assert.True(close!.Report.IsEmpty);
        Assert.StartsWith("close the configuration report of octo/app", close.ToString());
        Assert.Null(ConfigReportPlanner.Plan(Repo, Fixed, close));
    }

    [Fact]
    public void A_valid_file_first_read_since_a_restart_plans_a_close_in_case_a_report_was_left_open()
    {
        Assert.True(ConfigReportPlanner.Plan(Repo, Fixed, known: null)!.Report.IsEmpty);
    }

    [Fact]
    public void No_file_at_all_plans_nothing_so_a_repository_without_configuration_costs_no_request()
    {
        Assert.Null(ConfigReportPlanner.Plan(Repo, ConfigReading.Of(ProductOpsConfig.Defaults), known: null));
    }

    [Fact]
    public void A_valid_file_that_changes_plans_one_look_for_an_open_report()
    {
        var closed = ConfigReportPlanner.Plan(Repo, Fixed, known: null)!;
        var edited = Read("scoring:\n  model: ice\n", "f2");

        Assert.NotNull(ConfigReportPlanner.Plan(Repo, edited, closed));
        Assert.Null(ConfigReportPlanner.Plan(Repo, edited, ConfigReportPlanner.Plan(Repo, edited, closed)));
    }

    [Fact]
    public void What_an_instance_remembers_is_what_it_applied()
    {
        var reports = new ConfigReports();
        var report = ConfigReportPlanner.Plan(Repo, Broken, reports.Known("github", Repo))!;

        reports.Remember("github", report);

        Assert.Null(ConfigReportPlanner.Plan(Repo, Broken, reports.Known("github", "Octo/App")));
        Assert.Null(reports.Known("jira", Repo));
    }

    /// <summary>A reading as the adapter returns it: the file's errors, the defaults in use, the files' fingerprint.</summary>
    private static ConfigReading Read(string yaml, string files)
    {
        var loaded = ConfigLoader.Load(new ConfigSource($"{Repo}:.github/product-ops.yml", yaml));
        return loaded.Config is { } config
            ? new ConfigReading(config, ConfigReport.Empty, files)
            : new ConfigReading(ProductOpsConfig.Defaults, new ConfigReport(loaded.Errors, ["the defaults."], []), files);
    }

    private static ItemPlan PlanItem(ConfigReading reading, ConfigReportWrite? known)
    {
        var item = new WorkItem { Key = new ItemKey("github", Repo, "7"), Title = "Export", Url = "https://github.com/octo/app/issues/7", UpdatedAt = Now.AddMinutes(-1) };
        return ItemPlanner.Plan(new ItemEvent(item, "issues", "edited", null), item, ItemRecord.New(item.Key), reading.Config, Now,
            ConfigReportPlanner.Plan(Repo, reading, known));
    }
}
