using System.CommandLine;

namespace ProductOps.Cli;

/// <summary>
/// <c>productops backfill github [--repo owner/name] [--installation ID] [--dry-run] [--restart] [--page-size N]</c> and
/// <c>productops backfill jira --project KEY [--dry-run] [--restart] [--page-size N]</c> and
/// <c>productops backfill project --owner ORG --number N [--installation ID] [--dry-run] [--restart]</c>.
/// </summary>
internal static class BackfillCommands
{
    public static Command Create(CliContext cli, CommonOptions common)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and score, write nothing: no tracker writes, no index rows, no cursor." };
        var restart = new Option<bool>("--restart") { Description = "Ignore a saved cursor and start from the first page." };
        var pageSize = new Option<int>("--page-size") { Description = "Issues per page (1-100).", DefaultValueFactory = _ => 100 };

        var repo = CliOptions.Repository("The repository, owner/name (with a token: required; as a GitHub App: default every repository of every installation).");
        var installation = new Option<long?>("--installation") { Description = "As a GitHub App: only this installation's repositories." };
        var github = new Command("github", "List a repository's open issues page by page, score them and fill the board index.") { repo, installation, dryRun, restart, pageSize };
        common.SetAction(github, cli, (result, services, ct) => new GitHubBackfill(services, cli.Console).RunAsync(
            new BackfillOptions(result.GetValue(repo), result.GetValue(dryRun), result.GetValue(restart), Math.Clamp(result.GetValue(pageSize), 1, 100), result.GetValue(installation)), ct));

        var project = CliOptions.Project("The Jira project key, e.g. PROJ.", required: true);
        var jira = new Command("jira", "List a Jira project's open issues page by page (JQL search), score them and fill the board index.") { project, dryRun, restart, pageSize };
        common.SetAction(jira, cli, (result, services, ct) => new JiraBackfill(services, cli.Console).RunAsync(
            new JiraBackfillOptions(result.GetValue(project)!, result.GetValue(dryRun), result.GetValue(restart), Math.Clamp(result.GetValue(pageSize), 1, 100)), ct));

        var owner = new Option<string>("--owner") { Description = "The organisation that owns the project.", Required = true };
        var number = new Option<int>("--number") { Description = "The project number, as in github.com/orgs/ORG/projects/NUMBER.", Required = true };
        number.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--number must be a project number (1 or more)."); });
        var projectInstallation = new Option<long?>("--installation") { Description = "As a GitHub App: the organisation's installation (found by default)." };
        var githubProject = new Command("project", "Score every item of a GitHub organisation project (issues from any repository, and drafts), paged by cursor.") { owner, number, projectInstallation, dryRun, restart };
        common.SetAction(githubProject, cli, (result, services, ct) => new ProjectBackfill(services, cli.Console).RunAsync(
            new ProjectBackfillOptions(result.GetValue(owner)!, result.GetValue(number), result.GetValue(dryRun), result.GetValue(restart), result.GetValue(projectInstallation)), ct));

        return new Command("backfill", "Fill the board index from a tracker.") { github, jira, githubProject };
    }
}

/// <summary>Options several commands share, with their validation.</summary>
internal static class CliOptions
{
    public static Option<string?> Repository(string description, bool required = false)
    {
        var repo = new Option<string?>("--repo") { Description = description, Required = required };
        repo.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && (value.Count(c => c == '/') != 1 || value.StartsWith('/') || value.EndsWith('/')))
            {
                r.AddError("--repo must be owner/name.");
            }
        });
        return repo;
    }

    public static Option<string?> Project(string description, bool required = false)
    {
        var project = new Option<string?>("--project") { Description = description, Required = required };
        project.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && !Jira.JiraIssues.IsProjectKey(value))
            {
                r.AddError("--project must be a Jira project key, such as PROJ.");
            }
        });
        return project;
    }
}
